/**
 * The store ports on JDBC, for SQLite (a file, the embedded default) and PostgreSQL, from one code base:
 * Flyway migrations, HikariCP pools and Jdbi. {@link dev.parley.adapter.jdbc.JdbcStores} is the entry point.
 * Nothing here returns {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.adapter.jdbc;
