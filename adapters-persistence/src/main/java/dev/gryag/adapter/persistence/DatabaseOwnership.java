package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.ClusterLogins.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gryag's database in the embedded cluster belongs to the application role: created so, or, when an
 * earlier version made it as the superuser, handed over with its schemas, tables, sequences and
 * functions, so migrations and queries need no superuser.
 */
final class DatabaseOwnership {

  /** Opens a connection as the superuser to the database named. */
  @FunctionalInterface
  interface SuperuserConnections {
    Connection open(String database) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOwnership.class);

  /**
   * One {@code alter ... owner to} per object the superuser owns in the database's own schemas (not
   * the system's, not an extension's members; sequences of a column move with their table).
   */
  private static final String HAND_OVER =
      """
      with t as (select ?::text as owner, ?::text::regrole as previous)
      select format('alter schema %I owner to %I', n.nspname, t.owner)
        from pg_namespace n, t
       where n.nspowner = t.previous and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
      union all
      select format('alter table %I.%I owner to %I', n.nspname, c.relname, t.owner)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace, t
       where c.relowner = t.previous and c.relkind in ('r', 'p', 'v', 'm', 'f')
         and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                         and d.objid = c.oid and d.deptype = 'e')
      union all
      select format('alter sequence %I.%I owner to %I', n.nspname, c.relname, t.owner)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace, t
       where c.relowner = t.previous and c.relkind = 'S'
         and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                         and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
      union all
      select format('alter routine %I.%I(%s) owner to %I',
                    n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), t.owner)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace, t
       where p.proowner = t.previous
         and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                         and d.objid = p.oid and d.deptype = 'e')
      """;

  private DatabaseOwnership() {}

  /**
   * Creates {@code database} owned by {@code owner}, or, when it exists and belongs to another
   * role, hands it and the objects {@code previousOwner} made in it to {@code owner}, all in one
   * transaction.
   */
  static void ensure(
      SuperuserConnections connections, String database, String owner, String previousOwner)
      throws SQLException {
    try (Connection connection = connections.open("postgres");
        PreparedStatement query =
            connection.prepareStatement(
                "select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
      query.setString(1, database);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("create database %s owner %s".formatted(quote(database), quote(owner)));
          }
          return;
        }
        if (row.getString(1).equals(owner)) {
          return;
        }
      }
    }
    try (Connection connection = connections.open(database)) {
      handOver(connection, database, owner, previousOwner);
    }
  }

  private static void handOver(
      Connection connection, String database, String owner, String previousOwner)
      throws SQLException {
    connection.setAutoCommit(false);
    List<String> statements = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(HAND_OVER)) {
      query.setString(1, owner);
      query.setString(2, previousOwner);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          statements.add(rows.getString(1));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      statement.execute("alter database %s owner to %s".formatted(quote(database), quote(owner)));
    }
    connection.commit();
    LOG.info(
        "Handed the database {} and its {} schema objects over to role {}",
        database,
        statements.size(),
        owner);
  }
}
