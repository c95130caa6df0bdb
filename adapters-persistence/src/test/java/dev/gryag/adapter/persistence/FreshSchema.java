package dev.gryag.adapter.persistence;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A schema of its own on the shared test server for one test class, migrated before its first test
 * and closed after its last: {@code @RegisterExtension static final FreshSchema db = new
 * FreshSchema();}, then {@link #empty()} in a contract's {@code newStore()}.
 */
final class FreshSchema implements BeforeAllCallback, AfterAllCallback {

  private String schema;
  private PostgresDatabase database;

  @Override
  public void beforeAll(ExtensionContext context) {
    schema = TestDatabases.freshSchemaName();
    database = PostgresDatabase.start(TestDatabases.config(schema, MigrationMode.MIGRATE));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    database.close();
  }

  /** The schema's name, to open it again or to reach it as the superuser. */
  String schema() {
    return schema;
  }

  PostgresDatabase database() {
    return database;
  }

  DSLContext dsl() {
    return database.dsl();
  }

  /** The database with every row of every table deleted: a store's empty start. */
  PostgresDatabase empty() {
    TestDatabases.deleteAllRows(database);
    return database;
  }
}
