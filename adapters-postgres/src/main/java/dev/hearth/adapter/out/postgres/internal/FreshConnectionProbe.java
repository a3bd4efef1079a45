package dev.hearth.adapter.out.postgres.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * A {@link ServerAvailability.Probe} that opens a new connection (not from the pool, which may be waiting on the same
 * dead server) and asks whether the server is in recovery, with connect, login and socket timeouts so it never hangs.
 * For the primary ({@code requireWritable}) a server that answers but is still a standby (in recovery, so it would
 * refuse writes) counts as not there yet.
 */
public final class FreshConnectionProbe implements ServerAvailability.Probe {

    private final String jdbcUrl;
    private final Properties properties = new Properties();
    private final org.postgresql.Driver driver = new org.postgresql.Driver();
    private final boolean requireWritable;

    /**
     * @param user     may be null when the URL carries it
     * @param password may be null
     * @param timeout  bound for connecting and for the query, at least one second
     * @param requireWritable whether a server in recovery (a standby) fails the probe
     */
    public FreshConnectionProbe(String jdbcUrl, String user, String password, Duration timeout,
                                boolean requireWritable) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.requireWritable = requireWritable;
        long seconds = Math.max(1, timeout.toSeconds());
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Long.toString(seconds));
        properties.setProperty("loginTimeout", Long.toString(seconds));
        properties.setProperty("socketTimeout", Long.toString(seconds + 1));
        properties.setProperty("ApplicationName", "hearth-probe");
    }

    @Override
    public void check() throws SQLException {
        try (Connection connection = driver.connect(jdbcUrl, properties)) {
            if (connection == null) {
                throw new SQLNonTransientConnectionException("not a PostgreSQL JDBC URL", "08001");
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery()")) {
                if (!rs.next()) {
                    throw new SQLException("the probe query returned no row", "08000");
                }
                if (requireWritable && rs.getBoolean(1)) {
                    // 57P03 cannot_connect_now: it answers, but as a standby; writes would be refused
                    throw new SQLException("server is in recovery", "57P03");
                }
            }
        }
    }
}
