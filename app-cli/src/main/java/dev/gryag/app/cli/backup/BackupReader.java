package dev.gryag.app.cli.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;

/**
 * Restores a backup {@link BackupWriter} wrote: each row inserted unless a row with its key is
 * there already, so a backup restores into an empty store or an existing one without duplicates;
 * the rows of forgotten members stay out ({@link ForgottenRows}). One transaction: a backup that
 * turns out unreadable or too large half-way restores nothing.
 */
final class BackupReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1000;

  /** No row of a backup Gryag writes comes near this; a line past it is not one of ours. */
  static final int MAX_LINE_BYTES = 16 << 20;

  private final DataSource dataSource;
  private final String schema;
  private final String schemaVersion;

  BackupReader(DataSource dataSource, String schema, String schemaVersion) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Read per table: rows in the backup, of those the ones inserted, and the ones left out as a
   * forgotten member's.
   */
  record TableCounts(long rows, long inserted, long forgotten) {}

  /**
   * Restores {@code source}, named {@code name} in errors, reading at most {@code maxBytes} once
   * decompressed.
   *
   * @throws BadBackupException when the file is not a backup of this schema version, naming the
   *     line, or inflates past {@code maxBytes}
   */
  Map<String, TableCounts> restore(InputStream source, String name, long maxBytes)
      throws IOException, SQLException {
    BackupLines lines =
        new BackupLines(
            new CappedInput(new GZIPInputStream(source, 1 << 16), name, maxBytes),
            name,
            MAX_LINE_BYTES);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      header(lines.next(), name);
      RowSchema schema = RowSchema.of(connection, this.schema);
      ForgottenRows forgotten = ForgottenRows.of(connection, this.schema);
      Map<String, Insert> inserts = new HashMap<>();
      for (String text = lines.next(); text != null; text = lines.next()) {
        long line = lines.number();
        JsonNode entry = parse(text, name, line);
        String table = entry.path("table").asText("");
        JsonNode row = entry.get("row");
        if (!schema.tables().contains(table) || row == null || !row.isObject()) {
          throw new BadBackupException(
              name + ":" + line + ": not a row of a known table ('" + table + "')");
        }
        String problem = schema.problem(table, row);
        if (problem != null) {
          throw new BadBackupException(name + ":" + line + ": " + problem);
        }
        if (forgotten.skip(table, row, name + ":" + line)) {
          continue;
        }
        inserts
            .computeIfAbsent(table, t -> new Insert(connection, name, t, schema.columns(t)))
            .add(row.toString(), line);
      }
      Map<String, TableCounts> counts = new LinkedHashMap<>();
      for (String table : schema.tables()) {
        Insert insert = inserts.get(table);
        TableCounts done = insert == null ? new TableCounts(0, 0, 0) : insert.finish();
        long left = forgotten.skipped(table);
        counts.put(table, new TableCounts(done.rows() + left, done.inserted(), left));
      }
      connection.commit();
      return counts;
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    }
  }

  private void header(String line, String name) {
    if (line == null) {
      throw new BadBackupException(name + ": empty; not a Gryag backup");
    }
    JsonNode header = parse(line, name, 1);
    if (header.path("gryag_backup").asInt(-1) != BackupWriter.FORMAT) {
      throw new BadBackupException(
          name + ":1: not a Gryag backup (format " + BackupWriter.FORMAT + " expected)");
    }
    String version = header.path("schema_version").asText("");
    if (!version.equals(schemaVersion)) {
      throw new BadBackupException(
          name
              + ":1: the backup is of schema version "
              + version
              + ", the database is at "
              + schemaVersion
              + "; restore with the Gryag that wrote it");
    }
  }

  private static JsonNode parse(String text, String name, long line) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadBackupException(
          name + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Batched inserts into one table. A batch the database refuses for its data (a check or a
   * constraint) is rolled back to its savepoint and tried row by row, so the error names the line.
   */
  private final class Insert {
    private final Connection connection;
    private final String name;
    private final String table;
    private final PreparedStatement statement;
    private final List<String> pendingRows = new ArrayList<>();
    private final List<Long> pendingLines = new ArrayList<>();
    private long rows;
    private long inserted;

    Insert(Connection connection, String name, String table, List<String> columns) {
      this.connection = connection;
      this.name = name;
      this.table = table;
      String list = BackupTables.columnList(columns);
      String qualified = BackupTables.qualified(schema, table);
      String sql =
          "insert into %s (%s) select %s from json_populate_record(null::%s, ?::json)"
                  .formatted(qualified, list, list, qualified)
              + " on conflict do nothing";
      try {
        statement = connection.prepareStatement(sql);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }

    void add(String row, long line) throws SQLException {
      pendingRows.add(row);
      pendingLines.add(line);
      rows++;
      if (pendingRows.size() == BATCH) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (pendingRows.isEmpty()) {
        return;
      }
      Savepoint before = connection.setSavepoint();
      try {
        for (String row : pendingRows) {
          statement.setString(1, row);
          statement.addBatch();
        }
        for (int count : statement.executeBatch()) {
          inserted += Math.max(count, 0);
        }
      } catch (SQLException e) {
        statement.clearBatch();
        connection.rollback(before);
        if (!isBadData(e)) {
          throw e;
        }
        throw badRow();
      }
      connection.releaseSavepoint(before);
      pendingRows.clear();
      pendingLines.clear();
    }

    /** The first refused row of the batch, found by trying each alone; the batch is undone. */
    private BadBackupException badRow() throws SQLException {
      for (int i = 0; i < pendingRows.size(); i++) {
        Savepoint before = connection.setSavepoint();
        try {
          statement.setString(1, pendingRows.get(i));
          statement.executeUpdate();
          connection.releaseSavepoint(before);
        } catch (SQLException e) {
          connection.rollback(before);
          if (!isBadData(e)) {
            throw e;
          }
          return new BadBackupException(
              name + ":" + pendingLines.get(i) + ": " + table + ": " + firstLine(e), e);
        }
      }
      throw new IllegalStateException("a batch of " + table + " failed, but none of its rows");
    }

    TableCounts finish() throws SQLException {
      flush();
      statement.close();
      return new TableCounts(rows, inserted, 0);
    }
  }

  /** Refused for what it holds (SQL states 22 data exception, 23 constraint violation). */
  private static boolean isBadData(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).replaceFirst("^ERROR: ", "");
  }

  /** A backup that cannot be restored: not one, another schema version, a malformed line. */
  static final class BadBackupException extends RuntimeException {
    BadBackupException(String message) {
      super(message);
    }

    BadBackupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
