package dev.gryag.app.cli.backup;

import java.util.ArrayList;
import java.util.List;

/** Table and column names quoted for the SQL that writes and reads a backup ({@link RowSchema}). */
final class BackupTables {

  private BackupTables() {}

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
