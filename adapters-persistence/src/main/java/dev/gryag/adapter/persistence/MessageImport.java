package dev.gryag.adapter.persistence;

import dev.gryag.core.model.ChatMessage;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The bulk path into {@code message} ({@code appendAll}, history import): each chunk of up to
 * {@link #ROWS_PER_CHUNK} messages is streamed with {@code COPY} into a session-local staging
 * table, then moved with {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, in one transaction
 * per chunk. Duplicates (within the chunk or with stored rows) are skipped, so an interrupted
 * import is resumed by running it again.
 *
 * <p>Chunks before the last commit with {@code synchronous_commit = off}; the last commits
 * synchronously, which also makes every earlier commit durable (the WAL is flushed in order), so
 * the call is durable when it returns.
 */
final class MessageImport {

  /** Rows a transaction: large enough to amortise a commit, small enough to hold few locks. */
  static final int ROWS_PER_CHUNK = 5_000;

  private static final String COLUMNS =
      "chat_id, message_id, thread_id, author_id, reply_to, sent_at, edited_at, forwarded,"
          + " important, author_kind, role, media, author_name, author_username, text, entities";

  private static final String CREATE_STAGING =
      "create temporary table if not exists message_staging (like message)"
          + " on commit delete rows";

  private final DataSource dataSource;

  MessageImport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores the messages not stored yet; returns how many were new. */
  int append(List<ChatMessage> messages) {
    int inserted = 0;
    int from = 0;
    try (Connection connection = dataSource.getConnection()) {
      prepare(connection);
      try {
        while (from < messages.size()) {
          int to = Math.min(messages.size(), from + ROWS_PER_CHUNK);
          inserted += chunk(connection, messages.subList(from, to), to == messages.size());
          from = to;
        }
      } finally {
        connection.setAutoCommit(true);
      }
      return inserted;
    } catch (SQLException | IOException e) {
      throw StoreErrors.translate(
          "Importing %,d messages (%,d stored before the failure)"
              .formatted(messages.size(), inserted),
          e);
    }
  }

  private static void prepare(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_STAGING);
    }
    connection.commit();
  }

  private static int chunk(Connection connection, List<ChatMessage> messages, boolean last)
      throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      if (!last) {
        statement.execute("set local synchronous_commit = off");
      }
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy message_staging (" + COLUMNS + ") from stdin",
              new StringReader(CopyText.rows(messages)));
      int inserted =
          statement.executeUpdate(
              "insert into message ("
                  + COLUMNS
                  + ") select "
                  + COLUMNS
                  + " from message_staging on conflict do nothing");
      connection.commit();
      return inserted;
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }
}
