package dev.gryag.app.cli.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;

/**
 * Restores a backup {@link BackupWriter} wrote: each row inserted unless a row with its key is
 * there already, so a backup restores into an empty store or an existing one without duplicates.
 * One transaction: a backup that turns out unreadable or too large half-way restores nothing.
 */
final class BackupReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1000;

  private final DataSource dataSource;
  private final String schema;
  private final String schemaVersion;

  BackupReader(DataSource dataSource, String schema, String schemaVersion) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.schemaVersion = schemaVersion;
  }

  /** Read per table: rows in the backup, and of those the ones inserted. */
  record TableCounts(long rows, long inserted) {}

  /**
   * Restores {@code source}, named {@code name} in errors, reading at most {@code maxBytes} once
   * decompressed.
   *
   * @throws BadBackupException when the file is not a backup of this schema version, naming the
   *     line, or inflates past {@code maxBytes}
   */
  Map<String, TableCounts> restore(InputStream source, String name, long maxBytes)
      throws IOException, SQLException {
    InputStream inflated = new CappedInput(new GZIPInputStream(source, 1 << 16), name, maxBytes);
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(inflated, StandardCharsets.UTF_8), 1 << 16);
        Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      header(in.readLine(), name);
      Map<String, List<String>> tables = BackupTables.of(connection, schema);
      Map<String, Insert> inserts = new HashMap<>();
      long line = 1;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        JsonNode entry = parse(text, name, line);
        String table = entry.path("table").asText("");
        JsonNode row = entry.get("row");
        if (!tables.containsKey(table) || row == null || !row.isObject()) {
          throw new BadBackupException(
              name + ":" + line + ": not a row of a known table ('" + table + "')");
        }
        inserts
            .computeIfAbsent(table, t -> new Insert(connection, t, tables.get(t)))
            .add(row.toString());
      }
      Map<String, TableCounts> counts = new LinkedHashMap<>();
      for (String table : tables.keySet()) {
        Insert insert = inserts.get(table);
        counts.put(table, insert == null ? new TableCounts(0, 0) : insert.finish());
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

  /** Batched inserts into one table. */
  private final class Insert {
    private final PreparedStatement statement;
    private long rows;
    private long inserted;
    private int pending;

    Insert(Connection connection, String table, List<String> columns) {
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

    void add(String row) throws SQLException {
      statement.setString(1, row);
      statement.addBatch();
      rows++;
      if (++pending == BATCH) {
        flush();
      }
    }

    private void flush() throws SQLException {
      for (int count : statement.executeBatch()) {
        inserted += Math.max(count, 0);
      }
      pending = 0;
    }

    TableCounts finish() throws SQLException {
      flush();
      statement.close();
      return new TableCounts(rows, inserted);
    }
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
