package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.EmbeddedLoginsIT.assertOwnsEverythingIn;
import static dev.gryag.adapter.persistence.EmbeddedLoginsIT.currentUser;
import static dev.gryag.adapter.persistence.EmbeddedLoginsIT.queryOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.PersonalizationFixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster made by the previous version (initdb with trust, everything as the superuser, no
 * credentials file) starts under this one converted, with every row it held.
 */
class ClusterUpgradeIT {

  @TempDir Path home;

  private DatabaseConfig config() {
    return DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
  }

  @Test
  void aClusterThatTrustedLocalLoginsIsConvertedAndKeepsItsRows() throws Exception {
    MemberProfile profile = profileAfter(3);
    try (EmbeddedPostgres old = startAsThePreviousVersionDid();
        PostgresDatabase database = PostgresDatabase.start(asThePreviousVersionConnected(old))) {
      new JooqCursorStore(database).advance("telegram:getUpdates", 41);
      new JooqMessageStore(database).append(TestMessages.text(1, "до оновлення"));
      new JooqProfileStore(database)
          .update(profile.chat(), profile.member(), current -> Optional.of(profile));
      assertThat(currentUser(database.dataSource())).isEqualTo("postgres");
    }
    assertThat(embedded().credentialsFile()).doesNotExist();

    EmbeddedCredentials logins;
    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      logins = database.embeddedServer().credentials();
      assertThat(new JooqCursorStore(database).position("telegram:getUpdates")).isEqualTo(41);
      assertThat(new JooqMessageStore(database).recent(TestMessages.CHAT_ID, 5))
          .extracting(ChatMessage::text)
          .containsExactly("до оновлення");
      assertThat(database.schemaVersion()).isEqualTo(TestDatabases.LATEST_VERSION);

      assertThat(currentUser(database.dataSource())).isEqualTo("gryag");
      assertThat(
              queryOne(
                  database.dataSource(),
                  "select rolsuper from pg_roles where rolname = current_user"))
          .isEqualTo("f");
      assertOwnsEverythingIn(database.dataSource(), "gryag");
      assertThat(
              queryOne(
                  database.dataSource(),
                  "select pg_get_userbyid(datdba) from pg_database where datname = 'gryag'"))
          .isEqualTo("gryag");

      // The role can do all the application does: the profile's version comes from a sequence.
      JooqProfileStore profiles = new JooqProfileStore(database);
      assertThat(profiles.find(profile.chat(), profile.member())).contains(profile);
      MemberProfile later = profileAfter(7);
      profiles.update(profile.chat(), profile.member(), current -> Optional.of(later));
      assertThat(profiles.find(profile.chat(), profile.member())).contains(later);
      new JooqMessageStore(database).append(TestMessages.text(2, "після"));

      String url = database.embeddedServer().jdbcUrl("gryag");
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
          .isInstanceOf(SQLException.class);
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(embedded().credentialsFile())))
        .isEqualTo("rw-------");
    assertThat(Files.readString(embedded().logFile()))
        .doesNotContain(logins.password())
        .doesNotContain(logins.superuserPassword());

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(database.embeddedServer().credentials()).isEqualTo(logins);
      assertThat(new JooqMessageStore(database).recent(TestMessages.CHAT_ID, 5))
          .extracting(ChatMessage::text)
          .containsExactly("до оновлення", "після");
    }
  }

  @Test
  void anUpgradeCutShortAfterWritingTheCredentialsFileIsFinishedWithThoseCredentials()
      throws Exception {
    try (EmbeddedPostgres old = startAsThePreviousVersionDid();
        PostgresDatabase database = PostgresDatabase.start(asThePreviousVersionConnected(old))) {
      new JooqCursorStore(database).advance("telegram:getUpdates", 7);
    }
    EmbeddedCredentials written = EmbeddedCredentials.generate(new SecureRandom());
    CredentialsFile.write(embedded().credentialsFile(), written, embedded().dataDirectory());

    try (PostgresDatabase database = PostgresDatabase.start(config())) {
      assertThat(database.embeddedServer().credentials()).isEqualTo(written);
      assertThat(new JooqCursorStore(database).position("telegram:getUpdates")).isEqualTo(7);
      assertOwnsEverythingIn(database.dataSource(), "gryag");
      String url = database.embeddedServer().jdbcUrl("gryag");
      assertThatThrownBy(() -> DriverManager.getConnection(url, "gryag", null).close())
          .isInstanceOf(SQLException.class);
    }
  }

  private static MemberProfile profileAfter(int messages) {
    return PersonalizationFixtures.richProfile(
        PersonalizationFixtures.CHAT,
        PersonalizationFixtures.ALICE,
        PersonalizationFixtures.T0,
        messages);
  }

  private Embedded embedded() {
    return (Embedded) config().server();
  }

  /** The server as the previous version started it: zonky's defaults, initdb with trust. */
  private EmbeddedPostgres startAsThePreviousVersionDid() throws IOException, SQLException {
    Embedded layout = embedded();
    Files.createDirectories(layout.dataDirectory());
    EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(layout.dataDirectory())
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8")
            .setOutputRedirector(Redirect.appendTo(layout.logFile().toFile()))
            .setErrorRedirector(Redirect.appendTo(layout.logFile().toFile()))
            .start();
    try (Connection connection =
            DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("create database gryag");
    }
    return old;
  }

  /** As the superuser without a password, which is how the previous version connected. */
  private static DatabaseConfig asThePreviousVersionConnected(EmbeddedPostgres old) {
    External server =
        new External(
            "localhost:" + old.getPort(),
            "gryag",
            "postgres",
            null,
            Map.of(),
            DatabaseConfig.DATABASE_URL);
    return new DatabaseConfig(
        server, "gryag", 2, Duration.ofSeconds(5), Duration.ofSeconds(30), MigrationMode.MIGRATE);
  }
}
