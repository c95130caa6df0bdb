package dev.gryag.app.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a row of each table may hold, read from the database's own catalogue: its stored columns,
 * and for each its type and whether it takes nulls. A backup row is checked against it before it
 * goes near the database, so that a wrong row fails with its line, table and column named (the
 * database's checks, such as known values of a kind, still run on insert). A column of a type the
 * check does not know stops restore from starting: a new migration must teach it first.
 */
final class RowSchema {

  private static final String HISTORY = "flyway_schema_history";
  private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
  private static final Set<String> FLOATS = Set.of("float8", "float4", "numeric");
  private static final Set<String> FLOAT_WORDS = Set.of("NaN", "Infinity", "-Infinity");

  /** A stored column: its name, PostgreSQL type name ({@code int8}, {@code _int4} for arrays). */
  record Column(String name, String type, boolean nullable) {}

  private final Map<String, Map<String, Column>> tables;

  private RowSchema(Map<String, Map<String, Column>> tables) {
    this.tables = tables;
  }

  /**
   * Every table of {@code schema} but Flyway's history, in name order, generated columns left out.
   */
  static RowSchema of(Connection connection, String schema) throws SQLException {
    Map<String, Map<String, Column>> tables = new LinkedHashMap<>();
    String sql =
        "select c.table_name, c.column_name, c.udt_name, c.is_nullable = 'YES'"
            + " from information_schema.columns c"
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
          Column column = new Column(rows.getString(2), rows.getString(3), rows.getBoolean(4));
          if (!known(column.type())) {
            throw new IllegalStateException(
                "restore cannot check column "
                    + rows.getString(1)
                    + "."
                    + column.name()
                    + " of type "
                    + column.type()
                    + "; teach RowSchema the type");
          }
          tables
              .computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
              .put(column.name(), column);
        }
      }
    }
    return new RowSchema(tables);
  }

  /** The table names, in name order. */
  Set<String> tables() {
    return tables.keySet();
  }

  /** The table's stored column names, in table order. */
  List<String> columns(String table) {
    return new ArrayList<>(tables.get(table).keySet());
  }

  /**
   * Checks {@code row}, a row of {@code table} as {@code row_to_json} writes it.
   *
   * @return null when the row fits, else what is wrong, naming the column
   */
  String problem(String table, JsonNode row) {
    Map<String, Column> columns = tables.get(table);
    for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!columns.containsKey(name)) {
        return table + "." + name + ": no such column";
      }
    }
    for (Column column : columns.values()) {
      JsonNode value = row.get(column.name());
      String problem;
      if (value == null || value.isNull()) {
        problem = column.nullable() ? null : "missing; the column takes no nulls";
      } else {
        problem = valueProblem(column.type(), value);
      }
      if (problem != null) {
        return table + "." + column.name() + ": " + problem;
      }
    }
    return null;
  }

  private static boolean known(String type) {
    return switch (type) {
      case "int2", "int4", "int8", "bool", "text", "varchar", "timestamptz", "jsonb", "json" ->
          true;
      case "_int2", "_int4", "_int8" -> true;
      default -> FLOATS.contains(type);
    };
  }

  private static String valueProblem(String type, JsonNode value) {
    if (type.startsWith("_")) {
      if (!value.isArray()) {
        return "expected an array, got " + kind(value);
      }
      for (JsonNode element : value) {
        String problem =
            element.isNull() ? "a null in the array" : valueProblem(type.substring(1), element);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    return switch (type) {
      case "int2" -> whole(value, Short.MIN_VALUE, Short.MAX_VALUE);
      case "int4" -> whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "int8" -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
      case "bool" -> value.isBoolean() ? null : "expected true or false, got " + kind(value);
      case "text", "varchar" -> text(value);
      case "timestamptz" -> time(value);
      case "jsonb", "json" -> null;
      default ->
          value.isNumber() || (value.isTextual() && FLOAT_WORDS.contains(value.asText()))
              ? null
              : "expected a number, got " + kind(value);
    };
  }

  private static String whole(JsonNode value, long min, long max) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      return "expected a whole number, got " + kind(value);
    }
    long n = value.asLong();
    return n < min || n > max ? "out of range: " + n : null;
  }

  private static String text(JsonNode value) {
    if (!value.isTextual()) {
      return "expected text, got " + kind(value);
    }
    return value.asText().indexOf('\0') >= 0 ? "text with a NUL character" : null;
  }

  private static String time(JsonNode value) {
    if (!value.isTextual()) {
      return "expected a time, got " + kind(value);
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value.asText()).toInstant();
    } catch (DateTimeException e) {
      return "not a time: " + shown(value.asText());
    }
    if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
      return "out of range (1970..9999): " + shown(value.asText());
    }
    return null;
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "text " + shown(value.asText());
      case NUMBER -> "the number " + value.asText();
      case BOOLEAN -> value.asText();
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A value for an error line: quoted, and cut when long. */
  private static String shown(String text) {
    return '"' + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + '"';
  }
}
