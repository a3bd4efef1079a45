package dev.hearth.adapter.out.redis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Builds a pooled Jedis client for one of the URL forms of {@code RedisSettings}: one server ({@code redis://},
 * {@code rediss://}) or the master named by Redis Sentinels ({@code redis-sentinel://}, {@code rediss-sentinel://}).
 * TLS verifies the server's certificate and host name, against the given CA file or the runtime's trust store.
 */
public final class RedisConnections {

    private RedisConnections() {
    }

    /**
     * A client with {@code timeout} for connecting, for each command and for waiting on a pooled connection.
     *
     * @param url           a Redis URL in one of the four forms
     * @param caCertificate a PEM CA file for TLS, or null for the runtime's trust store
     * @param name          the client name Redis shows ({@code CLIENT LIST})
     * @param maxConnections the pool's size
     */
    public static UnifiedJedis open(String url, Path caCertificate, Duration timeout, String name,
                                    int maxConnections) {
        boolean sentinel = url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://");
        boolean tls = url.startsWith("rediss://") || url.startsWith("rediss-sentinel://");
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(maxConnections);
        pool.setMaxWait(timeout); // never wait long for a pooled connection
        pool.setJmxEnabled(false);
        if (!sentinel) {
            URI uri = URI.create(url);
            if (!JedisURIHelper.isValid(uri)) {
                throw new IllegalArgumentException("Redis URL must be redis://host:port[/db] or rediss://...");
            }
            DefaultJedisClientConfig.Builder config = config(timeout, name, tls, caCertificate);
            credentials(config, JedisURIHelper.getUser(uri), JedisURIHelper.getPassword(uri));
            if (JedisURIHelper.hasDbIndex(uri)) {
                config.database(JedisURIHelper.getDBIndex(uri));
            }
            return RedisClient.builder()
                    .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                    .clientConfig(config.build())
                    .poolConfig(pool)
                    .build();
        }
        Sentinel parsed = Sentinel.parse(url);
        DefaultJedisClientConfig.Builder master = config(timeout, name, tls, caCertificate);
        credentials(master, parsed.user(), parsed.password());
        if (parsed.database() > 0) {
            master.database(parsed.database());
        }
        return RedisSentinelClient.builder()
                .masterName(parsed.master())
                .sentinels(parsed.sentinels())
                .clientConfig(master.build())
                .sentinelClientConfig(config(timeout, name + "-sentinel", tls, caCertificate).build())
                .poolConfig(pool)
                .build();
    }

    private static DefaultJedisClientConfig.Builder config(Duration timeout, String name, boolean tls,
                                                           Path caCertificate) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .clientName(name)
                .ssl(tls);
        if (tls) {
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
            config.sslParameters(parameters);
            if (caCertificate != null) {
                config.sslSocketFactory(trusting(caCertificate).getSocketFactory());
            }
        }
        return config;
    }

    private static void credentials(DefaultJedisClientConfig.Builder config, String user, String password) {
        if (user != null && !user.isEmpty()) {
            config.user(user);
        }
        if (password != null) {
            config.password(password);
        }
    }

    /** An SSL context trusting exactly the certificates in a PEM file. */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalArgumentException("the Redis CA file holds no certificate");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the Redis CA file as PEM certificates", e);
        }
    }

    /**
     * A parsed {@code redis-sentinel://[user:password@]host:port[,host:port...]/master[/db]}.
     *
     * @param user      the master's user, or null
     * @param password  the master's password, or null
     * @param sentinels where the sentinels listen
     * @param master    the master's name in the sentinels' configuration
     * @param database  the database index, 0 by default
     */
    record Sentinel(String user, String password, Set<HostAndPort> sentinels, String master, int database) {

        static Sentinel parse(String url) {
            String rest = url.substring(url.indexOf("://") + 3);
            String user = null;
            String password = null;
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                String credentials = rest.substring(0, at);
                rest = rest.substring(at + 1);
                int colon = credentials.indexOf(':');
                if (colon >= 0) {
                    user = decode(credentials.substring(0, colon));
                    password = decode(credentials.substring(colon + 1));
                } else {
                    password = decode(credentials);
                }
            }
            int slash = rest.indexOf('/');
            if (slash < 0 || slash == rest.length() - 1) {
                throw new IllegalArgumentException("a Redis Sentinel URL names the master: "
                        + "redis-sentinel://host:port[,host:port]/master");
            }
            Set<HostAndPort> sentinels = new LinkedHashSet<>();
            for (String address : rest.substring(0, slash).split(",")) {
                int colon = address.lastIndexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("every sentinel needs host:port");
                }
                sentinels.add(new HostAndPort(address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1))));
            }
            String[] path = rest.substring(slash + 1).split("/");
            int database = path.length > 1 ? Integer.parseInt(path[1]) : 0;
            return new Sentinel(user, password, sentinels, decode(path[0]), database);
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }
}
