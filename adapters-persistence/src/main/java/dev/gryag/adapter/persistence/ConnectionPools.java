package dev.gryag.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** HikariCP pools for Gryag: a small one for migrations and the one queries use. */
final class ConnectionPools {

  private ConnectionPools() {}

  /**
   * The pool queries use: {@code poolSize} connections, callers wait at most {@code connectTimeout}
   * for one, statements stop after {@code statementTimeout}. The first connection is opened at
   * once, so an unreachable server fails here.
   */
  static HikariDataSource forQueries(DatabaseConfig config, ConnectionTarget target) {
    HikariConfig hikari = base(config, target, "gryag-db");
    hikari.setMaximumPoolSize(config.poolSize());
    Duration statementTimeout = config.statementTimeout();
    if (!statementTimeout.isZero()) {
      String option = "-c statement_timeout=" + statementTimeout.toMillis();
      String options = target.properties().get("options");
      hikari.addDataSourceProperty("options", options == null ? option : options + " " + option);
      // A server that stops answering mid-statement must not hold a caller forever either.
      hikari.addDataSourceProperty(
          "socketTimeout", Long.toString(statementTimeout.plusSeconds(10).toSeconds()));
    }
    return new HikariDataSource(hikari);
  }

  /** Two connections without a statement timeout: a long migration must not be cut. */
  static HikariDataSource forMigrations(DatabaseConfig config, ConnectionTarget target) {
    HikariConfig hikari = base(config, target, "gryag-db-migrations");
    hikari.setMaximumPoolSize(2);
    hikari.setMinimumIdle(0);
    return new HikariDataSource(hikari);
  }

  private static HikariConfig base(
      DatabaseConfig config, ConnectionTarget target, String poolName) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(poolName);
    hikari.setJdbcUrl(target.jdbcUrl());
    hikari.setUsername(target.user());
    hikari.setPassword(target.password());
    target.properties().forEach(hikari::addDataSourceProperty);
    hikari.setSchema(config.schema());
    Duration connectTimeout = config.connectTimeout();
    hikari.setConnectionTimeout(connectTimeout.toMillis());
    hikari.setValidationTimeout(Math.max(250, connectTimeout.toMillis() / 2));
    // Fail at start when the server cannot be reached, instead of on the first query.
    hikari.setInitializationFailTimeout(1);
    long connectSeconds = Math.max(1, (connectTimeout.toMillis() + 999) / 1000);
    hikari.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
    hikari.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
    hikari.addDataSourceProperty("tcpKeepAlive", "true");
    hikari.addDataSourceProperty("ApplicationName", "gryag");
    return hikari;
  }
}
