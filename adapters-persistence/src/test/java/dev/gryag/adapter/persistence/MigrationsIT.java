package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsIT {

  @Test
  void anEmptySchemaIsMigratedToTheLatestVersion() throws SQLException {
    String schema = TestDatabases.freshSchemaName();

    try (PostgresDatabase database =
        PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE))) {

      assertThat(database.schemaVersion()).isEqualTo(TestDatabases.LATEST_VERSION);
      assertThat(tables(database, schema))
          .containsExactlyInAnyOrder(
              "chat",
              "message",
              "cursor",
              "chat_settings",
              "member_profile",
              "member_fact",
              "member_preferences",
              "chat_summary",
              "pending_answer",
              "forgotten_member",
              "flyway_schema_history");
      assertThat(database.describe()).contains("schema " + schema);
    }
  }

  @Test
  void migratingAgainIsANoOpThatKeepsTheData() throws SQLException {
    String schema = TestDatabases.freshSchemaName();
    try (PostgresDatabase first =
        PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE))) {
      new JooqCursorStore(first).advance("kept", 9);
    }
    List<String> historyBefore = history(schema);

    try (PostgresDatabase second =
        PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE))) {

      assertThat(second.schemaVersion()).isEqualTo(TestDatabases.LATEST_VERSION);
      assertThat(new JooqCursorStore(second).position("kept")).isEqualTo(9);
    }
    assertThat(history(schema)).isEqualTo(historyBefore).anyMatch(row -> row.contains(" 1 "));
  }

  @Test
  void validateOnlyAcceptsACurrentSchema() {
    String schema = TestDatabases.freshSchemaName();
    PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE)).close();

    try (PostgresDatabase database =
        PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.VALIDATE))) {

      assertThat(database.schemaVersion()).isEqualTo(TestDatabases.LATEST_VERSION);
    }
  }

  @Test
  void validateOnlyRefusesAnEmptySchemaAndSaysHowToMigrate() {
    String schema = TestDatabases.freshSchemaName();

    assertThatThrownBy(
            () -> PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.VALIDATE)))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA))
        .hasMessageContaining("The schema " + schema + " at PostgreSQL at localhost:")
        .hasMessageContaining("not the one this Gryag expects")
        .hasMessageEndingWith("start once with GRYAG_DB_MIGRATE=migrate")
        .message()
        .doesNotContain("\n");
    assertThat(TestDatabases.schemaExists(schema)).isFalse();
  }

  @Test
  void validateOnlyRefusesAnAlteredMigration() {
    String schema = TestDatabases.freshSchemaName();
    PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE)).close();
    TestDatabases.execute(
        "update "
            + schema
            + ".flyway_schema_history set checksum = checksum + 1 where version = '1'");

    assertThatThrownBy(
            () -> PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.VALIDATE)))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA))
        .hasMessageContaining("checksum");
    assertThatThrownBy(
            () -> PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE)))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA))
        .hasMessageStartingWith("Could not migrate the schema " + schema);
  }

  private static List<String> tables(PostgresDatabase database, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  private static List<String> history(String schema) {
    return TestDatabases.query(
        "select concat_ws(' ', installed_rank, version, checksum, installed_on) from "
            + schema
            + ".flyway_schema_history order by installed_rank");
  }
}
