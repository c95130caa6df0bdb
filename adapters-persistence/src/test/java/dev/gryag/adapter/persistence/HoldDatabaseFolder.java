package dev.gryag.adapter.persistence;

import java.io.IOException;
import java.util.Map;

/**
 * A second Gryag process for tests: starts the embedded database in the folder given as argument,
 * advances the cursor {@code held}, prints {@code READY}, and keeps the database until its standard
 * input closes.
 */
final class HoldDatabaseFolder {

  public static void main(String[] args) throws IOException {
    DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, args[0]));
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      new JooqCursorStore(database).advance("held", Long.parseLong(args[1]));
      System.out.println("READY");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the folder until the parent closes our input
      }
    }
  }

  private HoldDatabaseFolder() {}
}
