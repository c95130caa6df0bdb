package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.MigrationMode;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Redaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseConfigTest {

  private static final Path HOME = Path.of("/home/alice");

  private static DatabaseConfig read(String... keysAndValues) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      env.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return DatabaseConfig.fromEnvironment(env, "Linux", HOME);
  }

  private static External external(String... keysAndValues) {
    return (External) read(keysAndValues).server();
  }

  @Nested
  class DatabaseUrlOfLibpqShape {

    @Test
    void readsUserPasswordHostPortDatabaseAndParameters() {
      External server =
          external(
              "DATABASE_URL", "postgres://bot:s3cret@db.example.com:6543/chat?sslmode=require");

      assertThat(server.address()).isEqualTo("db.example.com:6543");
      assertThat(server.database()).isEqualTo("chat");
      assertThat(server.user()).isEqualTo("bot");
      assertThat(server.password()).isEqualTo("s3cret");
      assertThat(server.properties()).containsExactly(Map.entry("sslmode", "require"));
      assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/chat");
      assertThat(server.setting()).isEqualTo("DATABASE_URL");
    }

    @Test
    void acceptsThePostgresqlSchemeAndDefaultsThePort() {
      External server = external("DATABASE_URL", "postgresql://bot@db/chat");

      assertThat(server.address()).isEqualTo("db:5432");
      assertThat(server.user()).isEqualTo("bot");
      assertThat(server.password()).isNull();
    }

    @Test
    void decodesPercentEscapesAndKeepsPlusSigns() {
      External server =
          external("DATABASE_URL", "postgres://b%40t:p%3Aa%2Fss+w%25rd@db:5432/my%20db");

      assertThat(server.user()).isEqualTo("b@t");
      assertThat(server.password()).isEqualTo("p:a/ss+w%rd");
      assertThat(server.database()).isEqualTo("my db");
      assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/my%20db");
    }

    @Test
    void toleratesAnUnencodedAtSignInThePassword() {
      External server = external("DATABASE_URL", "postgres://bot:p@ss@db:5432/chat");

      assertThat(server.password()).isEqualTo("p@ss");
      assertThat(server.address()).isEqualTo("db:5432");
    }

    @Test
    void readsIpv6Hosts() {
      assertThat(external("DATABASE_URL", "postgres://bot:pw@[::1]:5433/chat").address())
          .isEqualTo("[::1]:5433");
    }
  }

  @Nested
  class DatabaseUrlOfJdbcShape {

    @Test
    void takesCredentialsOutOfTheParameters() {
      External server =
          external(
              "DATABASE_URL",
              "jdbc:postgresql://db:5432/chat?user=bot&password=s3cret&sslmode=verify-full");

      assertThat(server.user()).isEqualTo("bot");
      assertThat(server.password()).isEqualTo("s3cret");
      assertThat(server.properties()).containsExactly(Map.entry("sslmode", "verify-full"));
      assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/chat");
    }

    @Test
    void keepsSeveralHostsInOrder() {
      External server = external("DATABASE_URL", "jdbc:postgresql://db1:5432,db2/chat?user=bot");

      assertThat(server.address()).isEqualTo("db1:5432,db2:5432");
      assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5432,db2:5432/chat");
    }

    @Test
    void takesTheUserAndPasswordFromTheirOwnKeysWhenTheUrlHasNone() {
      External server =
          external(
              "DATABASE_URL", "jdbc:postgresql://db/chat",
              "GRYAG_DB_USER", "bot",
              "GRYAG_DB_PASSWORD", "s3cret");

      assertThat(server.user()).isEqualTo("bot");
      assertThat(server.password()).isEqualTo("s3cret");
    }
  }

  @Nested
  class SeparateKeys {

    @Test
    void buildAnExternalServerWithDefaults() {
      External server = external("GRYAG_DB_HOST", "db.internal", "GRYAG_DB_PASSWORD", "pw");

      assertThat(server.address()).isEqualTo("db.internal:5432");
      assertThat(server.database()).isEqualTo("gryag");
      assertThat(server.user()).isEqualTo("gryag");
      assertThat(server.password()).isEqualTo("pw");
      assertThat(server.setting()).isEqualTo("GRYAG_DB_HOST/GRYAG_DB_PORT");
    }

    @Test
    void readEveryPart() {
      External server =
          external(
              "GRYAG_DB_HOST", "10.0.0.5",
              "GRYAG_DB_PORT", "6000",
              "GRYAG_DB_NAME", "bots",
              "GRYAG_DB_USER", "gryag_rw");

      assertThat(server.address()).isEqualTo("10.0.0.5:6000");
      assertThat(server.database()).isEqualTo("bots");
      assertThat(server.user()).isEqualTo("gryag_rw");
      assertThat(server.password()).isNull();
    }
  }

  @Nested
  class Defaults {

    @Test
    void withoutAnyKeyTheEmbeddedServerLivesInTheUsersDataFolder() {
      DatabaseConfig config = read();

      assertThat(config.server())
          .isEqualTo(new Embedded(Path.of("/home/alice/.local/share/gryag"), 0));
      assertThat(((Embedded) config.server()).dataDirectory())
          .isEqualTo(Path.of("/home/alice/.local/share/gryag/postgres"));
      assertThat(config.schema()).isEqualTo("gryag");
      assertThat(config.poolSize()).isEqualTo(10);
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(config.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(config.migrationMode()).isEqualTo(MigrationMode.MIGRATE);
    }

    @Test
    void blankValuesCountAsUnset() {
      assertThat(read("DATABASE_URL", "  ", "GRYAG_DB_POOL_SIZE", "").server())
          .isInstanceOf(Embedded.class);
    }

    @Test
    void gryagHomeAndTheEmbeddedPortAreTaken() {
      DatabaseConfig config = read("GRYAG_HOME", "/srv/gryag", "GRYAG_DB_EMBEDDED_PORT", "15432");

      assertThat(config.server()).isEqualTo(new Embedded(Path.of("/srv/gryag"), 15432));
    }

    @Test
    void xdgDataHomeIsHonoured() {
      assertThat(DataFolder.defaultHome(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
          .isEqualTo(Path.of("/data/xdg/gryag"));
      assertThat(DataFolder.defaultHome(Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
          .isEqualTo(Path.of("/home/alice/.local/share/gryag"));
    }

    @Test
    void macOsAndWindowsHaveTheirOwnPlaces() {
      assertThat(DataFolder.defaultHome(Map.of(), "Mac OS X", HOME))
          .isEqualTo(Path.of("/home/alice/Library/Application Support/Gryag"));
      assertThat(
              DataFolder.defaultHome(
                  Map.of("LOCALAPPDATA", "/c/Users/a/AppData/Local"), "Windows 11", HOME))
          .isEqualTo(Path.of("/c/Users/a/AppData/Local/Gryag"));
      assertThat(DataFolder.defaultHome(Map.of(), "Windows 11", HOME))
          .isEqualTo(Path.of("/home/alice/AppData/Local/Gryag"));
    }

    @Test
    void poolTimeoutsAndModeAreRead() {
      DatabaseConfig config =
          read(
              "GRYAG_DB_POOL_SIZE", "32",
              "GRYAG_DB_CONNECT_TIMEOUT", "1500ms",
              "GRYAG_DB_STATEMENT_TIMEOUT", "0",
              "GRYAG_DB_MIGRATE", "Validate",
              "GRYAG_DB_SCHEMA", "bot_one");

      assertThat(config.poolSize()).isEqualTo(32);
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
      assertThat(config.statementTimeout()).isZero();
      assertThat(config.migrationMode()).isEqualTo(MigrationMode.VALIDATE);
      assertThat(config.schema()).isEqualTo("bot_one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2m", "120s", "PT2M", "120000ms"})
    void durationsTakeUnitsOrIso8601(String value) {
      assertThat(read("GRYAG_DB_STATEMENT_TIMEOUT", value).statementTimeout())
          .isEqualTo(Duration.ofMinutes(2));
    }
  }

  @Nested
  class BadValues {

    @Test
    void namesTheKeyTheValueAndWhatIsAllowed() {
      assertThatThrownBy(() -> read("GRYAG_DB_POOL_SIZE", "lots"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "invalid configuration: GRYAG_DB_POOL_SIZE: expected a whole number from 1 to 1000,"
                  + " got \"lots\"");
      assertThatThrownBy(() -> read("GRYAG_DB_POOL_SIZE", "0"))
          .hasMessageContaining("GRYAG_DB_POOL_SIZE: expected a whole number from 1 to 1000");
      assertThatThrownBy(() -> read("GRYAG_DB_CONNECT_TIMEOUT", "5 seconds"))
          .hasMessage(
              "invalid configuration: GRYAG_DB_CONNECT_TIMEOUT: expected a duration like 90s, 15m,"
                  + " 2h, 7d, 1h30m or PT90S, got \"5 seconds\"");
      assertThatThrownBy(() -> read("GRYAG_DB_CONNECT_TIMEOUT", "100ms"))
          .hasMessageContaining(
              "GRYAG_DB_CONNECT_TIMEOUT: expected a duration from 250ms to 10m, got \"100ms\"");
      assertThatThrownBy(() -> read("GRYAG_DB_MIGRATE", "yes"))
          .hasMessageEndingWith(
              "GRYAG_DB_MIGRATE: expected one of migrate, validate, none, got \"yes\"");
      assertThatThrownBy(() -> read("GRYAG_DB_SCHEMA", "Gryag-Data"))
          .hasMessageContaining("GRYAG_DB_SCHEMA: expected a lower-case SQL name");
      assertThatThrownBy(() -> read("GRYAG_DB_HOST", "db", "GRYAG_DB_PORT", "70000"))
          .hasMessageEndingWith(
              "GRYAG_DB_PORT: expected a whole number from 1 to 65535, got \"70000\"");
      assertThatThrownBy(() -> read("GRYAG_DB_HOST", "db host"))
          .hasMessageContaining("GRYAG_DB_HOST: expected a host name or IP address");
    }

    @Test
    void aBadUrlIsReportedWithItsPasswordMasked() {
      assertThatThrownBy(() -> read("DATABASE_URL", "mysql://bot:s3cret@db/chat"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "invalid configuration: DATABASE_URL: expected a URL like postgres://")
          .hasMessageEndingWith("got \"mysql://bot:****@db/chat\"")
          .message()
          .doesNotContain("s3cret");
      assertThatThrownBy(() -> read("DATABASE_URL", "postgres://bot:s3cret@db:port/chat"))
          .hasMessageContaining("postgres://bot:****@db:port/chat")
          .message()
          .doesNotContain("s3cret");
      assertThatThrownBy(() -> read("DATABASE_URL", "postgres://bot:s3%zzcret@db/chat"))
          .hasMessageContaining("Malformed escape pair")
          .message()
          .doesNotContain("s3");
      assertThatThrownBy(
              () -> read("DATABASE_URL", "jdbc:postgresql://db/chat?user=bot&password=s3cret&x=%"))
          .hasMessageContaining("password=****")
          .message()
          .doesNotContain("s3cret");
      assertThatThrownBy(() -> read("DATABASE_URL", "postgres://bot:s3cret@db"))
          .hasMessageContaining("the path must be the database name")
          .message()
          .doesNotContain("s3cret");
    }

    @Test
    void contradictionsAreRejected() {
      assertThatThrownBy(() -> read("DATABASE_URL", "postgres://a@db/x", "GRYAG_DB_HOST", "db"))
          .hasMessage(
              "DATABASE_URL and GRYAG_DB_HOST are both set: name the database in one place only");
      assertThatThrownBy(
              () -> read("DATABASE_URL", "postgres://a:pw@db/x", "GRYAG_DB_PASSWORD", "other"))
          .hasMessage(
              "the password is given twice, in DATABASE_URL and in GRYAG_DB_PASSWORD: keep one")
          .message()
          .doesNotContain("other")
          .doesNotContain("pw@");
      assertThatThrownBy(() -> read("GRYAG_DB_PASSWORD", "pw"))
          .hasMessageStartingWith("GRYAG_DB_PASSWORD is set but neither DATABASE_URL nor")
          .message()
          .doesNotContain("'pw'");
      assertThatThrownBy(() -> read("GRYAG_DB_HOST", "db", "GRYAG_DB_EMBEDDED_PORT", "5433"))
          .hasMessageStartingWith("GRYAG_DB_EMBEDDED_PORT applies to the embedded PostgreSQL only");
    }
  }

  @Nested
  class Secrecy {

    @Test
    void thePasswordNeverAppearsInToString() {
      DatabaseConfig config =
          read("DATABASE_URL", "postgres://bot:s3cret@db/chat?sslpassword=keypass&sslmode=require");

      assertThat(config.toString())
          .doesNotContain("s3cret")
          .doesNotContain("keypass")
          .contains("password=****")
          .contains("sslpassword=****")
          .contains("sslmode=require");
      assertThat(config.server().describe()).isEqualTo("PostgreSQL at db:5432/chat as bot");
      assertThat(((External) config.server()).jdbcUrl()).doesNotContain("s3cret");
    }

    @Test
    void theKeysShowTheUrlWithItsPasswordMaskedAndHideThePassword() {
      Configuration config =
          Configuration.of(
              DatabaseSettings.all(),
              Map.of(
                  "DATABASE_URL", "postgres://bot:s3cret@db/chat?sslpassword=keypass",
                  "GRYAG_DB_PASSWORD", "pw"));

      assertThat(config.describe())
          .contains("postgres://bot:****@db/chat?sslpassword=****")
          .contains("GRYAG_DB_PASSWORD                  ****** (2 characters)")
          .doesNotContain("s3cret")
          .doesNotContain("keypass");
      assertThat(DatabaseSettings.DATABASE_URL.display("postgres:/bot:s3cret@db/chat"))
          .doesNotContain("s3cret");
    }

    @Test
    void masksUrlsOfEveryShape() {
      assertThat(Redaction.url("postgres://bot:s3cret@db/chat"))
          .isEqualTo("postgres://bot:****@db/chat");
      assertThat(Redaction.url("jdbc:postgresql://bot:s3@cret@db/chat"))
          .isEqualTo("jdbc:postgresql://bot:****@db/chat");
      assertThat(Redaction.url("jdbc:postgresql://db/chat?user=bot&password=s3cret&ssl=true"))
          .isEqualTo("jdbc:postgresql://db/chat?user=bot&password=****&ssl=true");
      assertThat(Redaction.url("postgres://bot@db/chat")).isEqualTo("postgres://bot@db/chat");
    }
  }
}
