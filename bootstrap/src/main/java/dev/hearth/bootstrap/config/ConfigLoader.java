package dev.hearth.bootstrap.config;

import static dev.hearth.bootstrap.config.ConfigVariable.DATABASE_PASSWORD;
import static dev.hearth.bootstrap.config.ConfigVariable.DATABASE_POOL_SIZE;
import static dev.hearth.bootstrap.config.ConfigVariable.DATABASE_REPLICA_URL;
import static dev.hearth.bootstrap.config.ConfigVariable.DATABASE_URL;
import static dev.hearth.bootstrap.config.ConfigVariable.DATABASE_USER;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_DATA_DIR;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_FIELD_KEYSET;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_HTTP_HOST;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_HTTP_PORT;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_LOG_FORMAT;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_LOG_LEVEL;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_MAX_REQUEST_BYTES;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_PROFILE;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_SHUTDOWN_GRACE_SECONDS;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_HTTP_HEADER_TIMEOUT_SECONDS;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_HTTP_IDLE_TIMEOUT_SECONDS;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_HTTP_MIN_DATA_RATE_BYTES;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_TRUSTED_PROXIES;
import static dev.hearth.bootstrap.config.ConfigVariable.REDIS_URL;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_ADMIN_ACCOUNT_IDS;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_SUPPORT_ACCOUNT_IDS;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_AUTH_AUDIENCE;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_AUTH_ISSUER;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_AUTH_LOOKUP_KEY;
import static dev.hearth.bootstrap.config.ConfigVariable.HEARTH_SIGNING_KEY_ROTATION_DAYS;

import dev.hearth.adapter.in.http.ConnectionLimits;
import dev.hearth.adapter.in.http.HttpSettings;
import dev.hearth.adapter.in.http.TrustedProxies;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.redis.RedisSettings;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@link HearthConfig} from environment variables. Every variable is checked before anything fails, and all the
 * problems are thrown together in one {@link ConfigException}. A problem message quotes a value only when it is short
 * and not a {@linkplain ConfigVariable#secret() secret}; a malformed URL may still hold a password, so it is never
 * quoted. Blank values count as unset.
 */
public final class ConfigLoader {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,253}");
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    /**
     * Validates the environment and builds the configuration.
     *
     * @throws ConfigException listing every problem found
     */
    public static HearthConfig load(Map<String, String> env) {
        return new ConfigLoader(env).read();
    }

    private HearthConfig read() {
        rejectUnknownHearthVariables();
        Profile profile = profile();
        boolean production = profile == Profile.PRODUCTION;

        String host = value(HEARTH_HTTP_HOST).orElse(production ? "0.0.0.0" : "127.0.0.1");
        if (!HOST.matcher(host).matches()) {
            problem(HEARTH_HTTP_HOST, "must be a host name or IP address", host);
        }
        int port = (int) number(HEARTH_HTTP_PORT, 8080, 1, 65535);
        long maxBytes = number(HEARTH_MAX_REQUEST_BYTES, HttpSettings.DEFAULT_MAX_REQUEST_BYTES, 1024,
                64L * 1024 * 1024);
        long graceSeconds = number(HEARTH_SHUTDOWN_GRACE_SECONDS, HttpSettings.DEFAULT_SHUTDOWN_GRACE.toSeconds(), 0,
                300);
        ConnectionLimits limits = new ConnectionLimits(
                Duration.ofSeconds(number(HEARTH_HTTP_HEADER_TIMEOUT_SECONDS,
                        ConnectionLimits.DEFAULT_HEADER_TIMEOUT.toSeconds(), 1, 300)),
                Duration.ofSeconds(number(HEARTH_HTTP_IDLE_TIMEOUT_SECONDS,
                        ConnectionLimits.DEFAULT_IDLE_TIMEOUT.toSeconds(), 1, 3600)),
                number(HEARTH_HTTP_MIN_DATA_RATE_BYTES, ConnectionLimits.DEFAULT_MIN_DATA_RATE, 1, 1024 * 1024));
        TrustedProxies proxies = trustedProxies();
        Path dataDir = dataDirectory();
        PostgresSettings postgres = postgres(production, dataDir);
        FieldKeysetSettings fieldKeyset = fieldKeyset(production, dataDir);
        RedisSettings redis = redis();
        RateLimits rateLimits = rateLimits();
        IdentitySettings identity = identity(production, dataDir);
        LogFormat format = logFormat(env).orElse(null);
        if (format == null) {
            problem(HEARTH_LOG_FORMAT, "must be text or json", value(HEARTH_LOG_FORMAT).orElse(""));
        }
        String level = value(HEARTH_LOG_LEVEL).map(v -> v.toUpperCase(Locale.ROOT)).orElse("INFO");
        if (!LEVELS.contains(level)) {
            problem(HEARTH_LOG_LEVEL, "must be one of TRACE, DEBUG, INFO, WARN, ERROR", level);
        }
        boolean allowSuperuserLogin = flag(ConfigVariable.HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new HearthConfig(profile, host, port, maxBytes, Duration.ofSeconds(graceSeconds), dataDir, postgres,
                fieldKeyset, redis, format, level, identity, allowSuperuserLogin, limits, proxies, rateLimits);
    }

    /** Requests a minute per subject for each request class (ADR 0027); 0 turns a class's limit off. */
    private RateLimits rateLimits() {
        RateLimits limits = RateLimits.defaults();
        Map<RequestClass, ConfigVariable> variables = Map.of(
                RequestClass.AUTHENTICATION, ConfigVariable.HEARTH_RATE_LIMIT_AUTHENTICATION,
                RequestClass.CALCULATIONS, ConfigVariable.HEARTH_RATE_LIMIT_CALCULATIONS,
                RequestClass.READS, ConfigVariable.HEARTH_RATE_LIMIT_READS,
                RequestClass.WRITES, ConfigVariable.HEARTH_RATE_LIMIT_WRITES,
                RequestClass.ADMIN, ConfigVariable.HEARTH_RATE_LIMIT_ADMIN);
        for (RequestClass c : RequestClass.values()) {
            limits = limits.with(c, (int) number(variables.get(c), c.defaultPerMinute(), 0, 100_000));
        }
        return limits;
    }

    private static final Pattern TOKEN_TEXT = Pattern.compile("[\\x21-\\x7e]{1,256}");

    private IdentitySettings identity(boolean production, Path dataDir) {
        String issuer = value(HEARTH_AUTH_ISSUER).orElse("hearth");
        if (!TOKEN_TEXT.matcher(issuer).matches()) {
            problem(HEARTH_AUTH_ISSUER, "must be 1-256 printable characters without spaces", issuer);
        }
        String audience = value(HEARTH_AUTH_AUDIENCE).orElse("hearth-api");
        if (!TOKEN_TEXT.matcher(audience).matches()) {
            problem(HEARTH_AUTH_AUDIENCE, "must be 1-256 printable characters without spaces", audience);
        }
        byte[] lookupKey = null;
        Optional<String> rawKey = value(HEARTH_AUTH_LOOKUP_KEY);
        if (rawKey.isEmpty()) {
            if (production) {
                problems.add(HEARTH_AUTH_LOOKUP_KEY.name() + ": required when HEARTH_PROFILE=production (make one "
                        + "with `openssl rand -base64 32`, keep it in the secret store with HEARTH_FIELD_KEYSET)");
            }
        } else {
            try {
                lookupKey = java.util.Base64.getDecoder().decode(rawKey.get());
                if (lookupKey.length < 32) {
                    problems.add(HEARTH_AUTH_LOOKUP_KEY.name() + ": must be at least 32 bytes (value not shown: it is "
                            + "secret)");
                }
            } catch (IllegalArgumentException e) {
                problems.add(HEARTH_AUTH_LOOKUP_KEY.name() + ": is not base64 (value not shown: it is secret)");
            }
        }
        java.util.Set<java.util.UUID> admins = accountIds(HEARTH_ADMIN_ACCOUNT_IDS);
        java.util.Set<java.util.UUID> support = accountIds(HEARTH_SUPPORT_ACCOUNT_IDS);
        long days = number(HEARTH_SIGNING_KEY_ROTATION_DAYS, 30, 1, 365);
        long overlapHours = number(ConfigVariable.HEARTH_API_KEY_ROTATION_OVERLAP_HOURS,
                IdentitySettings.DEFAULT_API_KEY_ROTATION_OVERLAP.toHours(), 1, 720);
        long reauthenticationMinutes = number(ConfigVariable.HEARTH_REAUTHENTICATION_MINUTES,
                IdentitySettings.DEFAULT_REAUTHENTICATION_WINDOW.toMinutes(), 1, 60);
        return new IdentitySettings(issuer, audience, lookupKey, !production, dataDir.resolve("keys"), admins,
                Duration.ofDays(days), support, Duration.ofHours(overlapHours), externalIssuer(issuer),
                Duration.ofMinutes(reauthenticationMinutes));
    }

    private java.util.Set<java.util.UUID> accountIds(ConfigVariable variable) {
        java.util.Set<java.util.UUID> ids = new java.util.LinkedHashSet<>();
        for (String id : value(variable).orElse("").split(",")) {
            if (id.isBlank()) {
                continue;
            }
            try {
                ids.add(java.util.UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                problem(variable, "must be comma-separated account UUIDs", id.strip());
            }
        }
        return ids;
    }

    /** {@code HEARTH_EXTERNAL_*}: all three or none (ADR 0020). */
    private IdentitySettings.ExternalIssuer externalIssuer(String ownIssuer) {
        Optional<String> issuer = value(ConfigVariable.HEARTH_EXTERNAL_ISSUER);
        Optional<String> url = value(ConfigVariable.HEARTH_EXTERNAL_JWKS_URL);
        Optional<String> audience = value(ConfigVariable.HEARTH_EXTERNAL_AUDIENCE);
        if (issuer.isEmpty() && url.isEmpty() && audience.isEmpty()) {
            return null;
        }
        if (issuer.isEmpty() || url.isEmpty() || audience.isEmpty()) {
            problems.add("HEARTH_EXTERNAL_ISSUER, HEARTH_EXTERNAL_JWKS_URL and HEARTH_EXTERNAL_AUDIENCE: set all three "
                    + "or none");
            return null;
        }
        if (!TOKEN_TEXT.matcher(issuer.get()).matches() || issuer.get().equals(ownIssuer)) {
            problem(ConfigVariable.HEARTH_EXTERNAL_ISSUER, "must be 1-256 printable characters without spaces, and "
                    + "differ from HEARTH_AUTH_ISSUER", issuer.get());
            return null;
        }
        if (!TOKEN_TEXT.matcher(audience.get()).matches()) {
            problem(ConfigVariable.HEARTH_EXTERNAL_AUDIENCE, "must be 1-256 printable characters without spaces",
                    audience.get());
            return null;
        }
        java.net.URI jwks;
        try {
            jwks = new java.net.URI(url.get());
        } catch (java.net.URISyntaxException e) {
            problem(ConfigVariable.HEARTH_EXTERNAL_JWKS_URL, "must be a URL", url.get());
            return null;
        }
        String host = jwks.getHost();
        boolean loopback = host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        if (!"https".equals(jwks.getScheme()) && !("http".equals(jwks.getScheme()) && loopback)) {
            problem(ConfigVariable.HEARTH_EXTERNAL_JWKS_URL, "must be https:// (http:// only on loopback)", url.get());
            return null;
        }
        return new IdentitySettings.ExternalIssuer(issuer.get(), jwks, audience.get());
    }

    /**
     * Only where the field keyset comes from ({@code HEARTH_PROFILE}, {@code HEARTH_DATA_DIR},
     * {@code HEARTH_FIELD_KEYSET}), for commands that need the keyset and nothing else (e.g. {@code hearth keys
     * describe}), so they run where the database is not configured.
     *
     * @throws ConfigException listing every problem with those variables
     */
    public static FieldKeysetSettings fieldKeyset(Map<String, String> env) {
        ConfigLoader loader = new ConfigLoader(env);
        boolean production = loader.profile() == Profile.PRODUCTION;
        FieldKeysetSettings settings = loader.fieldKeyset(production, loader.dataDirectory());
        if (!loader.problems.isEmpty()) {
            throw new ConfigException(loader.problems);
        }
        return settings;
    }

    private void rejectUnknownHearthVariables() {
        Set<String> known = new TreeSet<>();
        for (ConfigVariable v : ConfigVariable.values()) {
            known.add(v.name());
        }
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith("HEARTH_") && !known.contains(name)) {
                problems.add(name + ": not a Hearth variable (misspelt?); known ones: "
                        + String.join(", ", known.stream().filter(k -> k.startsWith("HEARTH_")).toList()));
            }
        }
    }

    private Profile profile() {
        String raw = value(HEARTH_PROFILE).orElse("dev");
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "dev", "development" -> Profile.DEV;
            case "production", "prod" -> Profile.PRODUCTION;
            default -> {
                problem(HEARTH_PROFILE, "must be dev or production", raw);
                yield Profile.PRODUCTION; // judge the rest as strictly as production would
            }
        };
    }

    private Path dataDirectory() {
        String raw = value(HEARTH_DATA_DIR).orElse(".hearth");
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            problem(HEARTH_DATA_DIR, "is not a valid path", raw);
            return Path.of(".hearth");
        }
    }

    private PostgresSettings postgres(boolean production, Path dataDir) {
        Optional<String> url = value(DATABASE_URL);
        int poolSize = (int) number(DATABASE_POOL_SIZE, PostgresSettings.DEFAULT_POOL_SIZE, 1, 200);
        Optional<String> replicaUrl = value(DATABASE_REPLICA_URL);
        if (url.isEmpty()) {
            if (replicaUrl.isPresent()) {
                problems.add(DATABASE_REPLICA_URL.name() + ": set but DATABASE_URL is not; a replica needs its "
                        + "primary (value not shown: it may hold a password)");
            }
            if (production) {
                problems.add(DATABASE_URL.name() + ": required when HEARTH_PROFILE=production (the embedded "
                        + "development database is never used for real data)");
            }
            if (value(DATABASE_USER).isPresent() || value(DATABASE_PASSWORD).isPresent()) {
                problems.add(DATABASE_URL.name() + ": DATABASE_USER/DATABASE_PASSWORD are set but DATABASE_URL is "
                        + "not; set it too, or unset them to use the embedded development database");
            }
            return PostgresSettings.embedded(dataDir.resolve("postgres")).withMaximumPoolSize(poolSize);
        }
        PostgresSettings settings;
        try {
            settings = PostgresSettings.fromDatabaseUrl(url.get());
        } catch (IllegalArgumentException e) {
            problems.add(DATABASE_URL.name() + ": " + safeReason(e)
                    + " (value not shown: it may hold a password)");
            return PostgresSettings.embedded(dataDir.resolve("postgres"));
        }
        String user = value(DATABASE_USER).orElse(settings.user());
        String password = value(DATABASE_PASSWORD).orElse(settings.password());
        String replica = null;
        if (replicaUrl.isPresent()) {
            try {
                replica = PostgresSettings.replicaJdbcUrlFromDatabaseUrl(replicaUrl.get());
            } catch (IllegalArgumentException e) {
                problems.add(DATABASE_REPLICA_URL.name() + ": " + safeReason(e)
                        + " (value not shown: it may hold a password)");
            }
        }
        return new PostgresSettings(settings.jdbcUrl(), user, password, poolSize, settings.embeddedDataDirectory(),
                replica);
    }

    private FieldKeysetSettings fieldKeyset(boolean production, Path dataDir) {
        Optional<String> keyset = value(HEARTH_FIELD_KEYSET);
        if (keyset.isEmpty()) {
            if (production) {
                problems.add(HEARTH_FIELD_KEYSET.name() + ": required when HEARTH_PROFILE=production (generate one "
                        + "with `hearth keys generate` and keep it in the secret store; see "
                        + "docs/runbooks/key-rotation.md)");
            }
        } else {
            try {
                FieldKeyset.fromBase64Json(keyset.get());
            } catch (IllegalArgumentException e) {
                problems.add(HEARTH_FIELD_KEYSET.name() + ": " + safeReason(e) + " (value not shown: it is secret)");
            }
        }
        return new FieldKeysetSettings(keyset.orElse(null), !production, dataDir.resolve("keys"));
    }

    /** Messages from PostgresSettings/RedisSettings/FieldKeyset are documented never to contain the value. */
    private static String safeReason(IllegalArgumentException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "is not valid" : m;
    }

    private RedisSettings redis() {
        Optional<String> url = value(REDIS_URL);
        Optional<String> ca = value(ConfigVariable.REDIS_CA_FILE);
        Path caFile = null;
        if (ca.isPresent()) {
            try {
                caFile = Path.of(ca.get());
                if (!java.nio.file.Files.isReadable(caFile)) {
                    problem(ConfigVariable.REDIS_CA_FILE, "must be a readable PEM file", ca.get());
                }
            } catch (InvalidPathException e) {
                problem(ConfigVariable.REDIS_CA_FILE, "must be a file path", ca.get());
                caFile = null;
            }
        }
        if (url.isEmpty()) {
            return RedisSettings.inProcess();
        }
        try {
            RedisSettings settings = new RedisSettings(url.get(), caFile);
            if (!settings.isSentinel() && URI.create(url.get()).getHost() == null) {
                throw new IllegalArgumentException("Redis URL has no host");
            }
            return settings;
        } catch (IllegalArgumentException e) {
            problems.add(REDIS_URL.name() + ": must be redis://[user:password@]host:port[/db], rediss://..., or "
                    + "redis-sentinel://host:port[,host:port]/master (value not shown: it may hold a password)");
            return RedisSettings.inProcess();
        }
    }

    /**
     * The log format the environment asks for, or the profile's default; empty when HEARTH_LOG_FORMAT is not a
     * format. Lenient about everything else, because logging starts before validation.
     */
    public static Optional<LogFormat> logFormat(Map<String, String> env) {
        String raw = trimmed(env.get(HEARTH_LOG_FORMAT.name()));
        if (raw == null) {
            String profile = trimmed(env.get(HEARTH_PROFILE.name()));
            boolean production = profile != null && !profile.equalsIgnoreCase("dev")
                    && !profile.equalsIgnoreCase("development");
            return Optional.of(production ? LogFormat.JSON : LogFormat.TEXT);
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(LogFormat.TEXT);
            case "json" -> Optional.of(LogFormat.JSON);
            default -> Optional.empty();
        };
    }

    /** The root log level the environment asks for, INFO when unset or not a level. */
    public static String logLevel(Map<String, String> env) {
        String raw = trimmed(env.get(HEARTH_LOG_LEVEL.name()));
        String level = raw == null ? "INFO" : raw.toUpperCase(Locale.ROOT);
        return LEVELS.contains(level) ? level : "INFO";
    }

    private TrustedProxies trustedProxies() {
        Optional<String> raw = value(HEARTH_TRUSTED_PROXIES);
        if (raw.isEmpty()) {
            return TrustedProxies.none();
        }
        try {
            return TrustedProxies.parse(raw.get());
        } catch (IllegalArgumentException e) {
            problem(HEARTH_TRUSTED_PROXIES, "must be IP addresses or CIDR blocks separated by commas", raw.get());
            return TrustedProxies.none();
        }
    }

    private long number(ConfigVariable variable, long defaultValue, long min, long max) {
        Optional<String> raw = value(variable);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(raw.get());
            if (n < min || n > max) {
                problem(variable, "must be from " + min + " to " + max, raw.get());
                return defaultValue;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(variable, "must be a whole number from " + min + " to " + max, raw.get());
            return defaultValue;
        }
    }

    private boolean flag(ConfigVariable variable) {
        Optional<String> raw = value(variable);
        if (raw.isEmpty() || raw.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.get().equalsIgnoreCase("true")) {
            return true;
        }
        problem(variable, "must be true or false", raw.get());
        return false;
    }

    private Optional<String> value(ConfigVariable variable) {
        return Optional.ofNullable(trimmed(env.get(variable.name())));
    }

    private static String trimmed(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.trim();
    }

    private void problem(ConfigVariable variable, String rule, String value) {
        StringBuilder sb = new StringBuilder(variable.name()).append(": ").append(rule);
        if (variable.secret()) {
            sb.append(" (value not shown: it may hold a password)");
        } else if (value.length() <= 64 && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            sb.append(" (was '").append(value).append("')");
        } else {
            sb.append(" (value not shown)");
        }
        problems.add(sb.toString());
    }
}
