/**
 * Gryag's storage ports on PostgreSQL: schema in Flyway migrations, queries in jOOQ, connections
 * from HikariCP, and an embedded server when no database is configured.
 */
package dev.gryag.adapter.persistence;
