package dev.hearth.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A PostgreSQL address from either {@code jdbc:postgresql://...} or {@code postgres[ql]://user:pw@host:port/db}. */
record PostgresUrl(String host, int port, String database, String user, String password, String query) {

    static PostgresUrl parse(String value) {
        String text = value.trim();
        if (text.startsWith("jdbc:")) {
            text = text.substring("jdbc:".length());
        }
        if (!(text.startsWith("postgresql://") || text.startsWith("postgres://"))) {
            throw new IllegalArgumentException(
                    ServerSource.DATABASE_URL_VARIABLE + " must be jdbc:postgresql://, postgresql:// or postgres://");
        }
        URI uri = URI.create(text);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String query = uri.getRawQuery();
        StringBuilder rest = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String val = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("user")) {
                    user = val;
                } else if (key.equals("password")) {
                    password = val;
                } else if (!pair.isEmpty()) {
                    rest.append(rest.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        String path = uri.getPath();
        String database = path == null || path.length() <= 1 ? "postgres" : path.substring(1);
        return new PostgresUrl(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : 5432, database, user, password, rest.toString());
    }

    /** JDBC URL for another database on the same server, keeping the extra parameters (e.g. sslmode). */
    String jdbcUrl(String otherDatabase) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase + (query.isEmpty() ? "" : "?" + query);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
