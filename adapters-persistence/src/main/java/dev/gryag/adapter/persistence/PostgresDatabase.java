package dev.gryag.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import dev.gryag.adapter.persistence.DatabaseConfig.Embedded;
import dev.gryag.adapter.persistence.DatabaseConfig.External;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gryag's PostgreSQL, ready to use: the embedded server started (when no external one is
 * configured), the schema migrated or validated, and a connection pool open. Start it once from
 * {@code main}, hand it to the stores, close it at shutdown.
 */
public final class PostgresDatabase implements AutoCloseable {

  /** The database Gryag creates and uses inside its embedded server. */
  static final String EMBEDDED_DATABASE = "gryag";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

  static {
    // jOOQ greets with a banner and tips on first use; a bot's log has no room for them.
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }

  private final EmbeddedPostgresServer embedded;
  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final String description;
  private final String schemaVersion;

  private PostgresDatabase(
      EmbeddedPostgresServer embedded,
      HikariDataSource pool,
      String description,
      String schemaVersion) {
    this.embedded = embedded;
    this.pool = pool;
    this.description = description;
    this.schemaVersion = schemaVersion;
    this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
  }

  /**
   * Starts the database described by {@code config}: the embedded server if it names one, then the
   * migrations (or their validation), then the pool.
   *
   * @throws DatabaseStartException with a one-line message naming the place and the setting
   */
  public static PostgresDatabase start(DatabaseConfig config) {
    EmbeddedPostgresServer embedded = null;
    try {
      ConnectionTarget target;
      if (config.server() instanceof Embedded server) {
        embedded = EmbeddedPostgresServer.start(server);
        embedded.ensureDatabase(EMBEDDED_DATABASE);
        target = ConnectionTarget.embedded(embedded, EMBEDDED_DATABASE, server.logFile());
      } else {
        target = ConnectionTarget.external((External) config.server());
      }
      String description = config.server().describe() + ", schema " + config.schema();
      String version = migrate(config, target, description);
      HikariDataSource pool = open(() -> ConnectionPools.forQueries(config, target), target);
      LOG.info("Using {} at schema version {}", description, version);
      return new PostgresDatabase(embedded, pool, description, version);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  private static String migrate(
      DatabaseConfig config, ConnectionTarget target, String description) {
    try (HikariDataSource migrations =
        open(() -> ConnectionPools.forMigrations(config, target), target)) {
      return Migrations.apply(migrations, config.schema(), config.migrationMode(), description);
    }
  }

  private static HikariDataSource open(Supplier<HikariDataSource> pool, ConnectionTarget target) {
    try {
      return pool.get();
    } catch (PoolInitializationException e) {
      throw StartupErrors.connectFailed(target, e);
    }
  }

  /** The pooled data source, for code outside the stores (health checks, the CLI). */
  public DataSource dataSource() {
    return pool;
  }

  /** Where the database is and which schema holds Gryag's tables; never a password. */
  public String describe() {
    return description;
  }

  /** The schema version after start ("1", "2", ...). */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** True when a connection can be had and answers within the connect timeout. */
  public boolean isHealthy() {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid((int) Math.max(1, pool.getValidationTimeout() / 1000));
    } catch (SQLException e) {
      return false;
    }
  }

  DSLContext dsl() {
    return dsl;
  }

  /** The embedded server, or null when the database is external. */
  EmbeddedPostgresServer embeddedServer() {
    return embedded;
  }

  /** Closes the pool, then stops the embedded server if there is one. */
  /**
   * Keeps an embedded server running while the JVM shuts down, until {@link #close}: for an
   * application whose own shutdown hook closes the database last, after the work that still needs
   * it (the bot drains its chat lanes first). Without it, an embedded server stops by itself when
   * the JVM exits, in parallel with the other shutdown hooks. Does nothing for an external
   * database.
   *
   * @return this database
   */
  public PostgresDatabase closedOnlyByOwner() {
    if (embedded != null) {
      embedded.stopOnlyWhenAsked();
    }
    return this;
  }

  @Override
  public void close() {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return "PostgresDatabase[" + description + "]";
  }
}
