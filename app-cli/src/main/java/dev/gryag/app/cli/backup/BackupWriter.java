package dev.gryag.app.cli.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;

/**
 * Writes the bot's data as gzip-compressed JSON lines: a header line, then one line per row, {@code
 * {"table":"message","row":{...}}}, each row as PostgreSQL's {@code row_to_json} gives it. Read in
 * one transaction, so the backup is a consistent snapshot while the bot runs on an external server.
 */
final class BackupWriter {

  /** The format's version, in the header. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private BackupWriter() {}

  /** Writes the backup; returns the rows written per table. */
  static Map<String, Long> write(
      DataSource dataSource, String schema, String schemaVersion, OutputStream target)
      throws IOException, SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(
                    new GZIPOutputStream(target, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      ObjectNode header = JSON.createObjectNode();
      header.put("gryag_backup", FORMAT);
      header.put("schema_version", schemaVersion);
      header.put("created", Instant.now().toString());
      out.write(JSON.writeValueAsString(header));
      out.write('\n');
      RowSchema tables = RowSchema.of(connection, schema);
      for (String table : tables.tables()) {
        counts.put(table, dump(connection, schema, table, tables.columns(table), out));
      }
      connection.commit();
    }
    return counts;
  }

  private static long dump(
      Connection connection, String schema, String table, List<String> columns, Writer out)
      throws SQLException, IOException {
    String sql =
        "select row_to_json(r)::text from (select "
            + BackupTables.columnList(columns)
            + " from "
            + BackupTables.qualified(schema, table)
            + ") r";
    String prefix = "{\"table\":" + JSON.writeValueAsString(table) + ",\"row\":";
    long rows = 0;
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setFetchSize(2000);
      try (ResultSet result = s.executeQuery()) {
        while (result.next()) {
          out.write(prefix);
          out.write(result.getString(1));
          out.write("}\n");
          rows++;
        }
      }
    }
    return rows;
  }
}
