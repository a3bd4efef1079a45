package dev.hearth.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Identity settings (ADR 0018). {@link #toString()} never shows the lookup key.
 *
 * @param issuer               {@code HEARTH_AUTH_ISSUER}
 * @param audience             {@code HEARTH_AUTH_AUDIENCE}
 * @param configuredLookupKey  {@code HEARTH_AUTH_LOOKUP_KEY} decoded (<strong>secret</strong>), or null when unset
 * @param developmentDefault   whether a development key may be generated when none is configured (dev only)
 * @param developmentDirectory where the development key lives: {@code <HEARTH_DATA_DIR>/keys}
 * @param adminAccounts        {@code HEARTH_ADMIN_ACCOUNT_IDS}
 * @param keyRotationPeriod    {@code HEARTH_SIGNING_KEY_ROTATION_DAYS}
 * @param supportAccounts      {@code HEARTH_SUPPORT_ACCOUNT_IDS}
 * @param apiKeyRotationOverlap {@code HEARTH_API_KEY_ROTATION_OVERLAP_HOURS}: how long a rotated API key keeps working
 * @param externalIssuer       the optional external issuer ({@code HEARTH_EXTERNAL_*}), or null when off
 * @param reauthenticationWindow {@code HEARTH_REAUTHENTICATION_MINUTES}: how recent a password sign-in must be for
 *                             admin actions (ADR 0021)
 */
public record IdentitySettings(String issuer, String audience, byte[] configuredLookupKey, boolean developmentDefault,
                               Path developmentDirectory, Set<UUID> adminAccounts, Duration keyRotationPeriod,
                               Set<UUID> supportAccounts, Duration apiKeyRotationOverlap,
                               ExternalIssuer externalIssuer, Duration reauthenticationWindow) {

    /**
     * An external token issuer whose tokens Hearth accepts (ADR 0020).
     *
     * @param issuer   its {@code iss}
     * @param jwksUrl  where its public keys are published
     * @param audience the {@code aud} its tokens must carry for Hearth
     */
    public record ExternalIssuer(String issuer, java.net.URI jwksUrl, String audience) {
        public ExternalIssuer {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(jwksUrl, "jwksUrl");
            Objects.requireNonNull(audience, "audience");
        }
    }

    /** The default re-authentication window of admin actions: 15 minutes (ADR 0021). */
    public static final Duration DEFAULT_REAUTHENTICATION_WINDOW = Duration.ofMinutes(15);

    /** The default overlap of a rotated API key and its successor: 24 hours. */
    public static final Duration DEFAULT_API_KEY_ROTATION_OVERLAP = Duration.ofHours(24);

    /** The development lookup key's file name under {@code developmentDirectory}. */
    public static final String DEVELOPMENT_FILE = "lookup-key";

    public IdentitySettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(developmentDirectory, "developmentDirectory");
        Objects.requireNonNull(keyRotationPeriod, "keyRotationPeriod");
        Objects.requireNonNull(apiKeyRotationOverlap, "apiKeyRotationOverlap");
        Objects.requireNonNull(reauthenticationWindow, "reauthenticationWindow");
        configuredLookupKey = configuredLookupKey == null ? null : configuredLookupKey.clone();
        adminAccounts = Set.copyOf(adminAccounts);
        supportAccounts = Set.copyOf(supportAccounts);
    }

    /** Settings with the default re-authentication window. */
    public IdentitySettings(String issuer, String audience, byte[] configuredLookupKey, boolean developmentDefault,
                            Path developmentDirectory, Set<UUID> adminAccounts, Duration keyRotationPeriod,
                            Set<UUID> supportAccounts, Duration apiKeyRotationOverlap, ExternalIssuer externalIssuer) {
        this(issuer, audience, configuredLookupKey, developmentDefault, developmentDirectory, adminAccounts,
                keyRotationPeriod, supportAccounts, apiKeyRotationOverlap, externalIssuer,
                DEFAULT_REAUTHENTICATION_WINDOW);
    }

    /** Settings with support accounts, the default API-key rotation overlap and no external issuer. */
    public IdentitySettings(String issuer, String audience, byte[] configuredLookupKey, boolean developmentDefault,
                            Path developmentDirectory, Set<UUID> adminAccounts, Duration keyRotationPeriod,
                            Set<UUID> supportAccounts) {
        this(issuer, audience, configuredLookupKey, developmentDefault, developmentDirectory, adminAccounts,
                keyRotationPeriod, supportAccounts, DEFAULT_API_KEY_ROTATION_OVERLAP, null,
                DEFAULT_REAUTHENTICATION_WINDOW);
    }

    /** The same settings accepting tokens of {@code external} as well. */
    public IdentitySettings withExternalIssuer(ExternalIssuer external) {
        return new IdentitySettings(issuer, audience, configuredLookupKey, developmentDefault, developmentDirectory,
                adminAccounts, keyRotationPeriod, supportAccounts, apiKeyRotationOverlap, external,
                reauthenticationWindow);
    }

    /** Settings with no support accounts, the default API-key rotation overlap and no external issuer. */
    public IdentitySettings(String issuer, String audience, byte[] configuredLookupKey, boolean developmentDefault,
                            Path developmentDirectory, Set<UUID> adminAccounts, Duration keyRotationPeriod) {
        this(issuer, audience, configuredLookupKey, developmentDefault, developmentDirectory, adminAccounts,
                keyRotationPeriod, Set.of(), DEFAULT_API_KEY_ROTATION_OVERLAP, null,
                DEFAULT_REAUTHENTICATION_WINDOW);
    }

    /**
     * The lookup key: the configured one, or (dev) the development key, generated once (directory 0700, file 0600,
     * never overwritten).
     *
     * @throws IllegalStateException when none is configured outside dev, or the development file is unusable
     */
    public byte[] lookupKey() {
        if (configuredLookupKey != null) {
            return configuredLookupKey.clone();
        }
        if (!developmentDefault) {
            throw new IllegalStateException("HEARTH_AUTH_LOOKUP_KEY is required outside the dev profile");
        }
        Path file = developmentDirectory.resolve(DEVELOPMENT_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(developmentDirectory);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("the development lookup key in " + file + " is too short");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development lookup key in " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the development lookup key in " + file + " is not base64", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the directory is the user's own
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentitySettings s && issuer.equals(s.issuer) && audience.equals(s.audience)
                && java.util.Arrays.equals(configuredLookupKey, s.configuredLookupKey)
                && developmentDefault == s.developmentDefault && developmentDirectory.equals(s.developmentDirectory)
                && adminAccounts.equals(s.adminAccounts) && keyRotationPeriod.equals(s.keyRotationPeriod)
                && supportAccounts.equals(s.supportAccounts)
                && apiKeyRotationOverlap.equals(s.apiKeyRotationOverlap)
                && Objects.equals(externalIssuer, s.externalIssuer)
                && reauthenticationWindow.equals(s.reauthenticationWindow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuer, audience, developmentDirectory, adminAccounts, keyRotationPeriod,
                supportAccounts, apiKeyRotationOverlap, externalIssuer, reauthenticationWindow);
    }

    /** Says where the lookup key comes from; never the key. */
    @Override
    public String toString() {
        return "IdentitySettings[issuer=" + issuer + ", audience=" + audience + ", lookupKey="
                + (configuredLookupKey != null ? "from HEARTH_AUTH_LOOKUP_KEY"
                : developmentDefault ? "development key in " + developmentDirectory.resolve(DEVELOPMENT_FILE) : "none")
                + ", admins=" + adminAccounts.size() + ", support=" + supportAccounts.size() + ", keyRotation="
                + keyRotationPeriod.toDays() + "d" + ", apiKeyOverlap=" + apiKeyRotationOverlap.toHours() + "h"
                + ", externalIssuer=" + (externalIssuer == null ? "off" : externalIssuer.issuer())
                + ", reauthentication=" + reauthenticationWindow.toMinutes() + "min]";
    }
}
