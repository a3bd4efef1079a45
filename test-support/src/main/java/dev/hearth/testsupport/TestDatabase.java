package dev.hearth.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * One isolated database (or, on an external server that refuses CREATE DATABASE, one schema) on the test JVM's
 * PostgreSQL, for one test class.
 *
 * @param jdbcUrl  JDBC URL reaching exactly this database (and schema, via {@code currentSchema}, when schema-isolated)
 * @param user     user to connect as
 * @param password password, or null
 * @param name     the database name, or the schema name when {@code schemaIsolated}
 * @param schemaIsolated whether isolation is by schema rather than by database
 */
public record TestDatabase(String jdbcUrl, String user, String password, String name, boolean schemaIsolated) {

    public TestDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(name, "name");
    }

    /** Opens a new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Does not print the password. */
    @Override
    public String toString() {
        return "TestDatabase[" + jdbcUrl + ", user=" + user + ", " + (schemaIsolated ? "schema " : "database ") + name
                + "]";
    }
}
