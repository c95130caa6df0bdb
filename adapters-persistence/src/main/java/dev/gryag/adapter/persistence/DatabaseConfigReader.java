package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.DatabaseSettings.DATABASE_URL;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_CONNECT_TIMEOUT;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_EMBEDDED_PORT;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_HOST;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_MIGRATE;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_NAME;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_PASSWORD;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_POOL_SIZE;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_PORT;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_SCHEMA;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_STATEMENT_TIMEOUT;
import static dev.gryag.adapter.persistence.DatabaseSettings.DB_USER;
import static dev.gryag.adapter.persistence.DatabaseSettings.HOME;

import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import dev.gryag.adapter.persistence.DatabaseConfig.Server;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@link DatabaseSettings}, each already valid on its own, into a {@link DatabaseConfig},
 * rejecting contradictions between them.
 */
final class DatabaseConfigReader {

  private static final List<Setting<?>> EXTERNAL_ONLY =
      List.of(DB_PORT, DB_NAME, DB_USER, DB_PASSWORD);

  private final Configuration settings;
  private final String osName;
  private final Path userHome;

  DatabaseConfigReader(Configuration settings, String osName, Path userHome) {
    this.settings = settings;
    this.osName = osName;
    this.userHome = userHome;
  }

  DatabaseConfig read() {
    return new DatabaseConfig(
        server(),
        settings.get(DB_SCHEMA),
        settings.get(DB_POOL_SIZE),
        settings.get(DB_CONNECT_TIMEOUT),
        settings.get(DB_STATEMENT_TIMEOUT),
        settings.get(DB_MIGRATE));
  }

  private Server server() {
    if (settings.isSet(DATABASE_URL)) {
      return fromUrl();
    }
    if (settings.isSet(DB_HOST)) {
      return fromParts();
    }
    for (Setting<?> key : EXTERNAL_ONLY) {
      if (settings.isSet(key)) {
        throw new IllegalArgumentException(
            key
                + " is set but neither "
                + DATABASE_URL
                + " nor "
                + DB_HOST
                + " is: set one of them to use an external PostgreSQL, or unset "
                + key
                + " to use the embedded one");
      }
    }
    return new Embedded(home(), settings.get(DB_EMBEDDED_PORT));
  }

  private External fromUrl() {
    for (Setting<?> key : List.of(DB_HOST, DB_PORT, DB_NAME)) {
      if (settings.isSet(key)) {
        throw new IllegalArgumentException(
            DATABASE_URL + " and " + key + " are both set: name the database in one place only");
      }
    }
    rejectEmbeddedPort(DATABASE_URL);
    DatabaseUrl.Parts url = DatabaseUrl.read(settings.get(DATABASE_URL));
    String user = credential(DB_USER, url.user(), "user");
    String password = credential(DB_PASSWORD, url.password(), "password");
    return new External(
        url.address(), url.database(), user, password, url.properties(), DATABASE_URL.key());
  }

  private String credential(Setting<String> key, String fromUrl, String what) {
    String fromKey = settings.isSet(key) ? settings.get(key) : null;
    if (fromUrl != null && fromKey != null) {
      throw new IllegalArgumentException(
          "the " + what + " is given twice, in " + DATABASE_URL + " and in " + key + ": keep one");
    }
    return fromUrl != null ? fromUrl : fromKey;
  }

  private External fromParts() {
    rejectEmbeddedPort(DB_HOST);
    return new External(
        settings.get(DB_HOST) + ":" + settings.get(DB_PORT),
        settings.get(DB_NAME),
        settings.get(DB_USER),
        settings.isSet(DB_PASSWORD) ? settings.get(DB_PASSWORD) : null,
        Map.of(),
        DB_HOST + "/" + DB_PORT);
  }

  private void rejectEmbeddedPort(Setting<?> externalKey) {
    if (settings.isSet(DB_EMBEDDED_PORT)) {
      throw new IllegalArgumentException(
          DB_EMBEDDED_PORT
              + " applies to the embedded PostgreSQL only, but "
              + externalKey
              + " names an external one: unset one of them");
    }
  }

  private Path home() {
    Path configured = settings.get(HOME);
    return configured != null
        ? configured
        : DataFolder.defaultHome(settings.variables(), osName, userHome);
  }
}
