package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseStartException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Least privilege in the embedded database: generated passwords in an owner-only file, every login
 * asked for one, and the application connected as a role that owns its tables and nothing more.
 */
class EmbeddedLoginsIT {

  @TempDir Path home;

  private DatabaseConfig config() {
    return DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
  }

  private Embedded embedded() {
    return (Embedded) config().server();
  }

  @Test
  void aNewClusterGetsGeneratedPasswordsInAnOwnerOnlyFileThatLaterStartsReuse() throws Exception {
    Path credentials = embedded().credentialsFile();
    EmbeddedCredentials first;
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      first = database.embeddedServer().credentials();
      new JooqCursorStore(database).advance("telegram:getUpdates", 5);
    }

    assertThat(credentials).isEqualTo(home.resolve("postgres-credentials"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .isEqualTo("rw-------");
    assertThat(CredentialsFile.read(credentials)).contains(first);
    assertThat(first.superuser()).isEqualTo("postgres");
    assertThat(first.user()).isEqualTo("gryag");
    assertThat(first.password())
        .hasSizeGreaterThanOrEqualTo(43)
        .isNotEqualTo(first.superuserPassword());
    assertThat(first.superuserPassword()).hasSizeGreaterThanOrEqualTo(43);
    // Nothing else was left next to the data folder (initdb's password file is gone).
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("postgres", "postgres.log", "postgres-credentials");
    }
    String fileBefore = Files.readString(credentials);

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(database.embeddedServer().credentials()).isEqualTo(first);
      assertThat(new JooqCursorStore(database).position("telegram:getUpdates")).isEqualTo(5);
      assertThat(currentUser(database.dataSource())).isEqualTo("gryag");
    }
    assertThat(Files.readString(credentials)).isEqualTo(fileBefore);
    assertThat(Files.readString(embedded().logFile()))
        .doesNotContain(first.password())
        .doesNotContain(first.superuserPassword());
  }

  @Test
  void everyLoginWithoutOrWithAWrongPasswordIsRefused() {
    TestDatabases.homeWithCluster(home);
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      EmbeddedPostgresServer server = database.embeddedServer();
      EmbeddedCredentials logins = server.credentials();
      for (String user : List.of(logins.superuser(), logins.user())) {
        for (String url : List.of(server.jdbcUrl("postgres"), server.jdbcUrl("gryag"))) {
          assertRefused(url, user, null);
          assertRefused(url, user, "wrong-password");
        }
      }
      String ipv4 = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
      assertRefused(ipv4, logins.superuser(), null);
      assertRefused(ipv4, logins.superuser(), logins.password()); // the other role's password
      assertThat(database.isHealthy()).isTrue();
    }
  }

  @Test
  void thePoolConnectsAsARoleThatOwnsTheSchemaAndIsNoSuperuser() throws SQLException {
    TestDatabases.homeWithCluster(home);
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      DataSource pool = database.dataSource();
      assertThat(currentUser(pool)).isEqualTo("gryag");
      assertThat(
              queryOne(
                  pool,
                  "select concat_ws(' ', rolsuper, rolcreaterole, rolcreatedb, rolreplication,"
                      + " rolbypassrls) from pg_roles where rolname = current_user"))
          .isEqualTo("f f f f f");
      assertThat(
              queryOne(
                  pool,
                  "select pg_get_userbyid(datdba) from pg_database"
                      + " where datname = current_database()"))
          .isEqualTo("gryag");
      assertOwnsEverythingIn(pool, "gryag");
      assertThat(queryOne(pool, "show listen_addresses")).isEqualTo("localhost");
    }
  }

  @Test
  void aCredentialsFileOthersMayReadStopsTheStart() throws IOException {
    TestDatabases.homeWithCluster(home);
    Path credentials = embedded().credentialsFile();
    EmbeddedCredentials logins = CredentialsFile.read(credentials).orElseThrow();
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> PostgresDatabase.start(config()))
        .isInstanceOfSatisfying(
            DatabaseStartException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.EMBEDDED_SERVER_FAILED))
        .hasMessage(
            "The credentials file %s may be read by others (mode rw-r--r--); make it private"
                + " (chmod 600 %s)",
            credentials, credentials)
        .message()
        .doesNotContain(logins.password())
        .doesNotContain(logins.superuserPassword());
    assertThat(home.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aCredentialsFileThatCannotBeReadStopsTheStart() throws IOException {
    TestDatabases.homeWithCluster(home);
    Path credentials = embedded().credentialsFile();
    Files.delete(credentials);
    Files.createDirectory(
        credentials,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));

    assertThatThrownBy(() -> PostgresDatabase.start(config()))
        .isInstanceOf(DatabaseStartException.class)
        .hasMessage(
            "Cannot read the credentials file %s (IOException); it must be readable by the user"
                + " running Gryag",
            credentials);
  }

  @Test
  void aClusterThatAsksForPasswordsWithoutItsCredentialsFileIsRefusedNamingTheFile()
      throws IOException {
    TestDatabases.homeWithCluster(home);
    Files.delete(embedded().credentialsFile());

    assertThatThrownBy(() -> PostgresDatabase.start(config()))
        .isInstanceOf(DatabaseStartException.class)
        .hasMessage(
            "The embedded PostgreSQL in %s asks for passwords, but its credentials file %s is"
                + " missing; put back the file that was made with this data folder",
            embedded().dataDirectory(), embedded().credentialsFile());
    assertThat(embedded().credentialsFile()).doesNotExist();
  }

  @Test
  void aCredentialsFileWhosePasswordTheServerRefusesIsNamed() throws IOException {
    TestDatabases.homeWithCluster(home);
    Path credentials = embedded().credentialsFile();
    EmbeddedCredentials logins = CredentialsFile.read(credentials).orElseThrow();
    String wrong = "x".repeat(43);
    Files.delete(credentials);
    CredentialsFile.write(
        credentials,
        new EmbeddedCredentials(
            logins.superuser(), logins.superuserPassword(), logins.user(), wrong),
        embedded().dataDirectory());

    assertThatThrownBy(() -> PostgresDatabase.start(config()))
        .isInstanceOfSatisfying(
            DatabaseStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
        .hasMessageEndingWith(
            "refused the login of user 'gryag' (FATAL: password authentication failed for user"
                + " \"gryag\"); check the credentials file "
                + credentials)
        .message()
        .doesNotContain(wrong)
        .doesNotContain(logins.superuserPassword());
    assertThat(home.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aLostCredentialsFileIsReplacedOnceTheOperatorLetsLocalLoginsInAgain() throws IOException {
    TestDatabases.homeWithCluster(home);
    EmbeddedCredentials lost;
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      lost = database.embeddedServer().credentials();
      new JooqCursorStore(database).advance("kept", 3);
    }
    Files.delete(embedded().credentialsFile());
    // What docs/security.md tells an operator to do.
    Path hba = embedded().dataDirectory().resolve("pg_hba.conf");
    Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      EmbeddedCredentials renewed = database.embeddedServer().credentials();
      assertThat(renewed.password()).isNotEqualTo(lost.password());
      assertThat(renewed.superuserPassword()).isNotEqualTo(lost.superuserPassword());
      assertThat(CredentialsFile.read(embedded().credentialsFile())).contains(renewed);
      assertThat(new JooqCursorStore(database).position("kept")).isEqualTo(3);
      assertRefused(database.embeddedServer().jdbcUrl("gryag"), "gryag", null);
      assertRefused(database.embeddedServer().jdbcUrl("gryag"), "gryag", lost.password());
    }
  }

  private static void assertRefused(String url, String user, String password) {
    assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
        .as("%s as %s with %s", url, user, password == null ? "no password" : "a wrong password")
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isIn("08004", "28P01"));
  }

  /**
   * Every table, sequence and function of {@code schema}, and the schema, belong to the pool's
   * role.
   */
  static void assertOwnsEverythingIn(DataSource pool, String schema) throws SQLException {
    List<String> notOwned =
        queryAll(
            pool,
            """
            select 'schema ' || nspname from pg_namespace
             where nspname = '%1$s' and nspowner <> current_user::regrole
            union all
            select 'relation ' || relname from pg_class
             where relnamespace = '%1$s'::regnamespace and relowner <> current_user::regrole
            union all
            select 'function ' || proname from pg_proc p
             where pronamespace = '%1$s'::regnamespace and proowner <> current_user::regrole
               and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                               and d.objid = p.oid and d.deptype = 'e')
            """
                .formatted(schema));
    assertThat(notOwned).isEmpty();
    assertThat(
            queryAll(
                pool,
                "select relkind::text from pg_class where relnamespace = '%s'::regnamespace"
                    .formatted(schema)))
        .as("the schema holds tables and a sequence")
        .contains("r", "S");
  }

  static String currentUser(DataSource pool) throws SQLException {
    return queryOne(pool, "select current_user");
  }

  static String queryOne(DataSource pool, String sql) throws SQLException {
    List<String> values = queryAll(pool, sql);
    assertThat(values).hasSize(1);
    return values.getFirst();
  }

  static List<String> queryAll(DataSource pool, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
