package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.auth.ApiKeyRotation;
import dev.hearth.application.port.in.auth.ApiKeyView;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CreateApiKeyCommand;
import dev.hearth.application.port.in.auth.CreateApiKeyUseCase;
import dev.hearth.application.port.in.auth.IssuedApiKey;
import dev.hearth.application.port.in.auth.ListApiKeysQuery;
import dev.hearth.application.port.in.auth.ListApiKeysUseCase;
import dev.hearth.application.port.in.auth.RevokeApiKeyCommand;
import dev.hearth.application.port.in.auth.RevokeApiKeyUseCase;
import dev.hearth.application.port.in.auth.RotateApiKeyCommand;
import dev.hearth.application.port.in.auth.RotateApiKeyUseCase;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.ApiKeyRecord;
import dev.hearth.application.port.out.identity.LoadApiKeysPort;
import dev.hearth.application.port.out.identity.StoreApiKeysPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Issues, lists, rotates and revokes API keys (ADR 0020). Only a signed-in session may manage keys: a key cannot mint
 * or rotate keys (a leaked key must not be able to outlive its revocation by making others). Scopes are never wider
 * than the caller's. Every change is audited with the account as actor and the key id as target, never the secret.
 */
public final class ApiKeysService
        implements CreateApiKeyUseCase, ListApiKeysUseCase, RotateApiKeyUseCase, RevokeApiKeyUseCase {

    /** Most attempts to draw an unused prefix before giving up (a collision is already a one-in-10^14 event). */
    private static final int PREFIX_ATTEMPTS = 5;
    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9:_-]{0,63}");
    private static final int MAX_SCOPES = 32;
    private static final int MAX_NAME = 100;

    private final LoadApiKeysPort keys;
    private final StoreApiKeysPort store;
    private final ApiKeyPolicy policy;
    private final AuthAudit audit;
    private final Clock clock;

    public ApiKeysService(LoadApiKeysPort keys, StoreApiKeysPort store, ApiKeyPolicy policy,
                          AppendAuditEventPort audit, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = new AuthAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedApiKey create(CreateApiKeyCommand command) {
        AuthenticatedAccount caller = command.caller();
        refuseApiKeyCallers(caller);
        List<FieldError> errors = new ArrayList<>();
        String name = command.name() == null ? null : command.name().strip();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME
                || name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "invalid_name",
                    "Give the key a name of 1 to " + MAX_NAME + " characters, without control characters."));
        }
        Set<String> scopes = new LinkedHashSet<>();
        if (command.scopes() == null || command.scopes().isEmpty() || command.scopes().size() > MAX_SCOPES) {
            errors.add(new FieldError("scopes", "invalid_scopes",
                    "List between 1 and " + MAX_SCOPES + " scopes the key may use."));
        } else {
            for (int i = 0; i < command.scopes().size(); i++) {
                String scope = command.scopes().get(i);
                if (scope == null || !SCOPE.matcher(scope).matches()) {
                    errors.add(new FieldError("scopes[" + i + "]", "invalid_scope",
                            "A scope is lower-case letters, digits and : _ - (at most 64)."));
                } else {
                    scopes.add(scope);
                }
            }
        }
        Duration lifetime = policy.defaultLifetime();
        if (command.expiresInDays() != null) {
            long days = command.expiresInDays();
            if (days < 1 || Duration.ofDays(days).compareTo(policy.maxLifetime()) > 0) {
                errors.add(new FieldError("expiresInDays", "invalid_expiry",
                        "A key lives between 1 and " + policy.maxLifetime().toDays() + " days."));
            } else {
                lifetime = Duration.ofDays(days);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "The API key request is not valid.", errors);
        }
        for (String scope : scopes) {
            if (!caller.hasScope(scope)) {
                throw new ApplicationException(ErrorCode.FORBIDDEN,
                        "A key cannot have a scope your own access token lacks: " + scope + ".");
            }
        }
        Instant now = now();
        ApiKeyRecord record = null;
        String secret = null;
        for (int attempt = 0; attempt < PREFIX_ATTEMPTS && record == null; attempt++) {
            secret = ApiKeys.newKey();
            ApiKeyRecord candidate = newRecord(caller.accountId(), secret, name, List.copyOf(scopes), now, lifetime);
            if (store.insert(candidate)) {
                record = candidate;
            }
        }
        if (record == null) {
            throw new IllegalStateException("could not draw an unused API-key prefix in " + PREFIX_ATTEMPTS
                    + " attempts");
        }
        audit.record(command.context().actorId(), AuthAudit.API_KEY_CREATED, "api_key", record.id().toString(), now,
                command.context().correlationId(), "prefix", ApiKeys.PREFIX + record.prefix(), "scopes", auditScopes(scopes),
                "expires_at", record.expiresAt().toString());
        return new IssuedApiKey(view(record, now), secret);
    }

    @Override
    public List<ApiKeyView> list(ListApiKeysQuery query) {
        Instant now = now();
        return keys.ofAccount(query.caller().accountId()).stream().map(k -> view(k, now)).toList();
    }

    @Override
    public ApiKeyRotation rotate(RotateApiKeyCommand command) {
        AuthenticatedAccount caller = command.caller();
        refuseApiKeyCallers(caller);
        Instant now = now();
        ApiKeyRecord previous = keys.byId(caller.accountId(), command.keyId()).orElseThrow(ApiKeysService::notFound);
        String state = state(previous, now);
        if (!state.equals("active")) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "Only an active key can be rotated.",
                    List.of(new FieldError("id", "api_key_" + state, "This key is " + state
                            + "; create a new key instead.")));
        }
        Duration lifetime = Duration.between(previous.createdAt(), previous.expiresAt());
        if (lifetime.compareTo(policy.maxLifetime()) > 0) {
            lifetime = policy.maxLifetime();
        }
        Instant previousUntil = min(previous.expiresAt(), now.plus(policy.rotationOverlap()));
        for (int attempt = 0; attempt < PREFIX_ATTEMPTS; attempt++) {
            String secret = ApiKeys.newKey();
            ApiKeyRecord successor = newRecord(caller.accountId(), secret, previous.name(), previous.scopes(), now,
                    lifetime);
            if (store.rotate(previous.id(), previousUntil, successor)) {
                audit.record(command.context().actorId(), AuthAudit.API_KEY_ROTATED, "api_key",
                        previous.id().toString(), now, command.context().correlationId(), "successor",
                        successor.id().toString(), "previous_valid_until", previousUntil.toString());
                ApiKeyRecord rotated = keys.byId(caller.accountId(), previous.id()).orElseThrow();
                return new ApiKeyRotation(new IssuedApiKey(view(successor, now), secret), view(rotated, now));
            }
            ApiKeyRecord again = keys.byId(caller.accountId(), previous.id()).orElseThrow(ApiKeysService::notFound);
            if (again.revokedAt() != null || again.replacedBy() != null) {
                throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "Only an active key can be rotated.",
                        List.of(new FieldError("id", "api_key_" + state(again, now),
                                "This key changed meanwhile; list your keys again.")));
            }
        }
        throw new IllegalStateException("could not draw an unused API-key prefix in " + PREFIX_ATTEMPTS + " attempts");
    }

    @Override
    public void revoke(RevokeApiKeyCommand command) {
        AuthenticatedAccount caller = command.caller();
        Instant now = now();
        keys.byId(caller.accountId(), command.keyId()).orElseThrow(ApiKeysService::notFound);
        if (store.revoke(caller.accountId(), command.keyId(), now)) {
            audit.record(command.context().actorId(), AuthAudit.API_KEY_REVOKED, "api_key",
                    command.keyId().toString(), now, command.context().correlationId(), "credential",
                    caller.credential().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** How a stored key looks to its owner at {@code now}. */
    static ApiKeyView view(ApiKeyRecord k, Instant now) {
        return new ApiKeyView(k.id(), ApiKeys.PREFIX + k.prefix(), k.name(), k.scopes(), k.createdAt(), k.expiresAt(),
                k.lastUsedAt(), k.revokedAt(), k.replacedBy(), state(k, now));
    }

    /** {@code revoked}, {@code expired}, {@code rotating} (replaced but inside its overlap) or {@code active}. */
    static String state(ApiKeyRecord k, Instant now) {
        if (k.revokedAt() != null) {
            return "revoked";
        }
        if (!now.isBefore(k.expiresAt())) {
            return "expired";
        }
        return k.replacedBy() != null ? "rotating" : "active";
    }

    private static ApiKeyRecord newRecord(UUID accountId, String secret, String name, List<String> scopes,
                                          Instant now, Duration lifetime) {
        return new ApiKeyRecord(ApiKeys.newId(now), accountId, ApiKeys.prefixOf(secret), ApiKeys.hash(secret), name,
                scopes, now, now.plus(lifetime), null, null, null);
    }

    /** The scopes as one audit detail ({@code +}-separated; audit details hold no spaces), if they fit. */
    private static String auditScopes(Set<String> scopes) {
        String joined = String.join("+", scopes);
        return joined.length() <= 128 ? joined : scopes.size() + "_scopes";
    }

    private static void refuseApiKeyCallers(AuthenticatedAccount caller) {
        if (caller.isApiKey()) {
            throw new ApplicationException(ErrorCode.FORBIDDEN,
                    "API keys cannot create or rotate API keys: sign in and use your access token.");
        }
    }

    private static ApplicationException notFound() {
        return new ApplicationException(ErrorCode.NOT_FOUND, "You have no API key with this id.");
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
