package dev.gryag.app.cli.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a backup holds: every table of Gryag's schema but Flyway's history, each with its
 * stored columns (generated ones, such as the search vector, are rebuilt by the database).
 */
final class BackupTables {

  private static final String HISTORY = "flyway_schema_history";

  private BackupTables() {}

  /** Table name to its stored columns, tables in name order. */
  static Map<String, List<String>> of(Connection connection, String schema) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    String sql =
        "select c.table_name, c.column_name from information_schema.columns c"
            + " join information_schema.tables t"
            + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
            + " where c.table_schema = ? and t.table_type = 'BASE TABLE'"
            + " and c.is_generated = 'NEVER' and c.table_name <> ?"
            + " order by c.table_name, c.ordinal_position";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, schema);
      s.setString(2, HISTORY);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tables.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return tables;
  }

  /** The columns as a quoted SQL list. */
  static String columnList(List<String> columns) {
    List<String> quoted = new ArrayList<>();
    for (String column : columns) {
      quoted.add('"' + column.replace("\"", "\"\"") + '"');
    }
    return String.join(", ", quoted);
  }

  /** A table name, schema-qualified and quoted. */
  static String qualified(String schema, String table) {
    return '"' + schema + "\".\"" + table.replace("\"", "\"\"") + '"';
  }
}
