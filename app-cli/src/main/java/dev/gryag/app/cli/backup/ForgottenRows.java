package dev.gryag.app.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a restore leaves out: the rows of a forgotten member dated no later than their tombstone —
 * their messages, profiles, facts, preferences and the summaries made from their messages — which
 * the store no longer holds since they were forgotten. An opt-out stays: forgetting keeps it too,
 * as the promise to keep nothing. The tombstones are the database's and those the backup brings,
 * each counted from where it is read on ({@code forgotten_member} comes before the member and
 * message tables in a backup). Counts what it left out per table.
 */
final class ForgottenRows {

  /** The table of tombstones. */
  static final String TOMBSTONES = "forgotten_member";

  /**
   * Where a table names the member a row belongs to, the time that dates the row, and a column
   * that, when true, keeps the row whatever its time (or null).
   */
  private record Owner(String member, String time, String kept) {}

  private static final Map<String, Owner> OWNED =
      Map.of(
          "message", new Owner("author_id", "sent_at", null),
          "member_profile", new Owner("member_id", "first_seen", null),
          "member_fact", new Owner("member_id", "first_confirmed", null),
          "member_preferences", new Owner("member_id", "updated_at", "opted_out"),
          "chat_summary", new Owner("authors", "period_from", null));

  private final Map<Long, List<Tombstone>> byMember = new HashMap<>();
  private final Map<String, Long> skipped = new HashMap<>();

  private ForgottenRows() {}

  /** The tables whose rows belong to members, and so may be left out. */
  static Set<String> ownedTables() {
    return OWNED.keySet();
  }

  /** With the tombstones the database holds. */
  static ForgottenRows of(Connection connection, String schema) throws SQLException {
    ForgottenRows rows = new ForgottenRows();
    String sql =
        "select member_id, chat_id, forgotten_at from "
            + BackupTables.qualified(schema, TOMBSTONES);
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet result = s.executeQuery()) {
      while (result.next()) {
        long chat = result.getLong(2);
        ChatId scope = result.wasNull() ? null : ChatId.of(chat);
        rows.learn(
            new Tombstone(
                UserId.of(result.getLong(1)),
                scope,
                result.getObject(3, OffsetDateTime.class).toInstant()));
      }
    }
    return rows;
  }

  /**
   * True when the row of {@code table} is to be left out, and counts it; a tombstone row is learnt.
   *
   * @param where the backup's name and line, for errors
   * @throws BackupReader.BadBackupException when a forgotten member's row has no readable time
   */
  boolean skip(String table, JsonNode row, String where) {
    if (table.equals(TOMBSTONES)) {
      learn(tombstone(row, where));
      return false;
    }
    Owner owner = OWNED.get(table);
    if (owner == null
        || byMember.isEmpty()
        || (owner.kept() != null && row.path(owner.kept()).asBoolean())) {
      return false;
    }
    for (JsonNode member : members(row.path(owner.member()))) {
      List<Tombstone> theirs = byMember.get(member.asLong());
      if (theirs != null && buried(theirs, row, owner.time(), where)) {
        skipped.merge(table, 1L, Long::sum);
        return true;
      }
    }
    return false;
  }

  private static boolean buried(List<Tombstone> theirs, JsonNode row, String time, String where) {
    ChatId chat;
    try {
      chat = ChatId.of(row.path("chat_id").asLong());
    } catch (IllegalArgumentException e) {
      throw new BackupReader.BadBackupException(where + ": no chat_id: " + e.getMessage(), e);
    }
    Instant dated = time(row, time, where);
    return theirs.stream().anyMatch(tombstone -> tombstone.buries(chat, dated));
  }

  /** How many rows of {@code table} were left out. */
  long skipped(String table) {
    return skipped.getOrDefault(table, 0L);
  }

  private void learn(Tombstone tombstone) {
    byMember.computeIfAbsent(tombstone.member().value(), m -> new ArrayList<>()).add(tombstone);
  }

  private static Iterable<JsonNode> members(JsonNode column) {
    return column.isArray() ? column : List.of(column);
  }

  private static Tombstone tombstone(JsonNode row, String where) {
    JsonNode chat = row.path("chat_id");
    try {
      return new Tombstone(
          UserId.of(row.path("member_id").asLong()),
          chat.isNull() || chat.isMissingNode() ? null : ChatId.of(chat.asLong()),
          time(row, "forgotten_at", where));
    } catch (IllegalArgumentException e) {
      throw new BackupReader.BadBackupException(where + ": not a tombstone: " + e.getMessage(), e);
    }
  }

  private static Instant time(JsonNode row, String column, String where) {
    String text = row.path(column).asText("");
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BackupReader.BadBackupException(
          where + ": " + column + " is not a time with an offset, was '" + text + "'", e);
    }
  }
}
