package dev.gryag.app.cli.members;

import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Finds the chats in which the store holds anything about a member: messages they wrote, a profile,
 * facts or preferences; and members by username across chats. For {@code profile} and {@code
 * forget}, which act on every chat when none is named.
 */
final class MemberChats {

  private final DataSource dataSource;
  private final String schema;

  MemberChats(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.schema = schema;
  }

  /** Every chat holding something about the member, ordered by id. */
  List<ChatId> of(UserId member) {
    String sql =
        ("select chat_id from %1$s.message where author_id = ?"
                + " union select chat_id from %1$s.member_profile where member_id = ?"
                + " union select chat_id from %1$s.member_fact where member_id = ?"
                + " union select chat_id from %1$s.member_preferences where member_id = ?"
                + " order by 1")
            .formatted(schema);
    return query(sql, member.value(), 4);
  }

  /** The members whose profile, in some chat, holds this username (ignoring case and {@code @}). */
  List<UserId> byUsername(String username) {
    String name = username.startsWith("@") ? username.substring(1) : username;
    List<UserId> members = new ArrayList<>();
    String sql =
        "select distinct member_id from %s.member_profile where lower(username) = lower(?)"
                .formatted(schema)
            + " order by 1";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          members.add(UserId.of(rows.getLong(1)));
        }
      }
      return members;
    } catch (SQLException e) {
      throw new StoreException("cannot look up the username @" + name + ": " + e.getMessage(), e);
    }
  }

  private List<ChatId> query(String sql, long member, int parameters) {
    List<ChatId> chats = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= parameters; i++) {
        s.setLong(i, member);
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          chats.add(ChatId.of(rows.getLong(1)));
        }
      }
      return chats;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot list the chats of member " + member + ": " + e.getMessage(), e);
    }
  }
}
