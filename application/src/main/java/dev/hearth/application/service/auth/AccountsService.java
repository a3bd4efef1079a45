package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.auth.CurrentAccount;
import dev.hearth.application.port.in.auth.GetCurrentAccountQuery;
import dev.hearth.application.port.in.auth.GetCurrentAccountUseCase;
import dev.hearth.application.port.in.auth.RegisterAccountCommand;
import dev.hearth.application.port.in.auth.RegisterAccountUseCase;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.AccountRecord;
import dev.hearth.application.port.out.identity.ComputeBlindIndexPort;
import dev.hearth.application.port.out.identity.HashPasswordPort;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.StoreAccountPort;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers accounts and answers "who am I". Registration never says whether the address already had an account: the
 * answer is the same and costs the same (a password hash is computed either way); the caller then logs in.
 */
public final class AccountsService implements RegisterAccountUseCase, GetCurrentAccountUseCase {

    /** Shortest password: 12 characters (no composition rules; length is what counts). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Longest password: 256 characters (bounds the hashing work an attacker can ask for). */
    public static final int MAX_PASSWORD_LENGTH = 256;

    private final LoadAccountPort accounts;
    private final StoreAccountPort store;
    private final HashPasswordPort passwords;
    private final ComputeBlindIndexPort blindIndex;
    private final ThrottleAttemptsPort throttle;
    private final AuthAudit audit;
    private final ThrottleRule registerPerAddress;
    private final Clock clock;

    public AccountsService(LoadAccountPort accounts, StoreAccountPort store, HashPasswordPort passwords,
                           ComputeBlindIndexPort blindIndex, ThrottleAttemptsPort throttle, AuthPolicy policy,
                           AppendAuditEventPort audit, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.blindIndex = Objects.requireNonNull(blindIndex, "blindIndex");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.audit = new AuthAudit(audit);
        this.registerPerAddress = policy.registerPerAddress();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(RegisterAccountCommand command) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> email = EmailAddresses.normalise(command.email());
        if (email.isEmpty()) {
            errors.add(new FieldError("email", "not_an_email_address",
                    "Enter an e-mail address such as name@example.org."));
        }
        String password = command.password();
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "too_short",
                    "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters."));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "too_long",
                    "Choose a password of at most " + MAX_PASSWORD_LENGTH + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, errors.size() == 1
                    ? "1 field is not valid; see errors." : errors.size() + " fields are not valid; see errors.",
                    errors);
        }
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.blockedFor(registerPerAddress, command.clientAddress(), now);
        if (wait.isPresent()) {
            throw SessionsService.tooManyRequests(wait.get());
        }
        throttle.recordFailure(registerPerAddress, command.clientAddress(), now); // every registration counts
        byte[] index = blindIndex.emailIndex(email.get());
        String hash = passwords.hash(password); // computed for a known address too: the same time either way
        Optional<UUID> created = store.create(index, email.get(), hash, now);
        String correlation = command.context().correlationId();
        if (created.isPresent()) {
            String id = created.get().toString();
            audit.record(id, AuthAudit.ACCOUNT_REGISTERED, "account", id, now, correlation);
        } else {
            String existing = accounts.byEmailIndex(index).map(a -> a.id().toString()).orElse("unknown");
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.REGISTRATION_DUPLICATE, "account", existing, now,
                    correlation);
        }
    }

    @Override
    public CurrentAccount get(GetCurrentAccountQuery query) {
        AccountRecord account = accounts.byId(query.caller().accountId())
                .orElseThrow(() -> new ApplicationException(ErrorCode.UNAUTHENTICATED, null));
        return new CurrentAccount(account.id(), account.email(), account.createdAt(), query.caller().scopes());
    }
}
