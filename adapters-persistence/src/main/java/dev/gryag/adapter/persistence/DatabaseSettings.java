package dev.gryag.adapter.persistence;

import static dev.gryag.core.config.SettingGroup.STORAGE;

import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.core.config.Durations;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The PostgreSQL adapter's keys: where the database is ({@code DATABASE_URL}, or {@code
 * GRYAG_DB_HOST} and its parts, else the embedded server under {@code GRYAG_HOME}), the schema, the
 * pool, the timeouts and the migration mode. {@link DatabaseConfig#from} reads them.
 */
public final class DatabaseSettings {

  // Declared here, not in DatabaseConfig, whose constants are initialised from this class's.
  static final Duration MIN_CONNECT_TIMEOUT = Duration.ofMillis(250);
  static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._\\-]+|\\[[0-9A-Fa-f:.]+]");

  public static final Setting<String> DATABASE_URL =
      Setting.secret(
          "DATABASE_URL",
          STORAGE,
          SettingTypes.urlWithCredentials(DatabaseUrl::check),
          "PostgreSQL URL (postgres://user:pass@host:5432/db or jdbc:postgresql://…; several hosts"
              + " fail over in order); empty: GRYAG_DB_HOST, else the embedded server.");
  public static final Setting<Path> HOME =
      Setting.of(
          "GRYAG_HOME",
          STORAGE,
          SettingTypes.path(),
          "",
          "Data folder (embedded database, local state); empty: ~/.local/share/gryag or the OS"
              + " equivalent.");
  public static final Setting<String> DB_HOST =
      Setting.of(
          "GRYAG_DB_HOST",
          STORAGE,
          SettingTypes.text(
              HOST_NAME, "a host name or IP address (IPv6 in [brackets])", "host name or IP"),
          "",
          "An external PostgreSQL by parts instead of a URL (not together with DATABASE_URL).");
  public static final Setting<Integer> DB_PORT =
      Setting.of(
          "GRYAG_DB_PORT",
          STORAGE,
          SettingTypes.integer(1, 65_535),
          String.valueOf(DatabaseUrl.DEFAULT_PORT),
          "Its port.");
  public static final Setting<String> DB_NAME =
      Setting.of("GRYAG_DB_NAME", STORAGE, SettingTypes.text(), "gryag", "Its database.");
  public static final Setting<String> DB_USER =
      Setting.of(
          "GRYAG_DB_USER",
          STORAGE,
          SettingTypes.text(),
          "gryag",
          "The user (also fills in a DATABASE_URL that has none).");
  public static final Setting<String> DB_PASSWORD =
      Setting.secret(
          "GRYAG_DB_PASSWORD",
          STORAGE,
          SettingTypes.text(),
          "The password (also fills in a DATABASE_URL that has none; giving it twice is an"
              + " error).");
  public static final Setting<String> DB_SCHEMA =
      Setting.of(
          "GRYAG_DB_SCHEMA",
          STORAGE,
          SettingTypes.text(
              SQL_NAME,
              "a lower-case SQL name (a-z, 0-9 and _, at most 63 characters)",
              "a-z, 0-9, _ (at most 63)"),
          "gryag",
          "The schema holding Gryag's tables; created by the first migration.");
  public static final Setting<Integer> DB_POOL_SIZE =
      Setting.of(
          "GRYAG_DB_POOL_SIZE",
          STORAGE,
          SettingTypes.integer(1, DatabaseConfig.MAX_POOL_SIZE),
          "10",
          "Connections in the pool: the real limit on concurrent queries, however many virtual"
              + " threads ask.");
  public static final Setting<Duration> DB_CONNECT_TIMEOUT =
      Setting.of(
          "GRYAG_DB_CONNECT_TIMEOUT",
          STORAGE,
          SettingTypes.duration(MIN_CONNECT_TIMEOUT, Duration.ofMinutes(10)),
          "5s",
          "How long a caller waits for a connection before the call fails; also the TCP connect"
              + " timeout.");
  public static final Setting<Duration> DB_STATEMENT_TIMEOUT =
      Setting.of(
          "GRYAG_DB_STATEMENT_TIMEOUT",
          STORAGE,
          SettingTypes.duration(Duration.ZERO, Duration.ofHours(24)),
          Durations.format(Duration.ofSeconds(30)),
          "The longest one statement may run (0: no limit); migrations are exempt.");
  public static final Setting<MigrationMode> DB_MIGRATE =
      Setting.of(
          "GRYAG_DB_MIGRATE",
          STORAGE,
          SettingTypes.oneOf(MigrationMode.class),
          "migrate",
          "At start: apply pending migrations (migrate), only check the schema is current"
              + " (validate), or leave it as it is (none, what gryag db info uses).");
  public static final Setting<Integer> DB_EMBEDDED_PORT =
      Setting.of(
          "GRYAG_DB_EMBEDDED_PORT",
          STORAGE,
          SettingTypes.integer(0, 65_535),
          "0",
          "The embedded server's port on localhost; 0 takes a free one at each start.");

  private DatabaseSettings() {}

  /** Every key of the PostgreSQL adapter, in documentation order. */
  public static List<Setting<?>> all() {
    return List.of(
        DATABASE_URL,
        HOME,
        DB_HOST,
        DB_PORT,
        DB_NAME,
        DB_USER,
        DB_PASSWORD,
        DB_SCHEMA,
        DB_POOL_SIZE,
        DB_CONNECT_TIMEOUT,
        DB_STATEMENT_TIMEOUT,
        DB_MIGRATE,
        DB_EMBEDDED_PORT);
  }
}
