package dev.hearth.application.service.ratelimit;

import dev.hearth.application.port.in.ratelimit.AdmitRequestCommand;
import dev.hearth.application.port.in.ratelimit.AdmitRequestUseCase;
import dev.hearth.application.port.in.ratelimit.Admission;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Decision;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Quota;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The request limits (ADR 0027): one quota of {@link RateLimits#perMinute} requests a minute per subject (API key,
 * account, client address) and class, all charged together in one atomic call of the {@link ConsumeQuotaPort}.
 */
public final class AdmitRequestService implements AdmitRequestUseCase {

    private final ConsumeQuotaPort quotas;
    private final RateLimits limits;
    private final Clock clock;

    public AdmitRequestService(ConsumeQuotaPort quotas, RateLimits limits, Clock clock) {
        this.quotas = Objects.requireNonNull(quotas, "quotas");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Admission admit(AdmitRequestCommand command) {
        RequestClass requestClass = command.requestClass();
        int perMinute = limits.perMinute(requestClass);
        if (perMinute == 0) {
            return Admission.unlimited();
        }
        List<String> policies = new ArrayList<>(3);
        List<Quota> asked = new ArrayList<>(3);
        String prefix = requestClass.code();
        if (command.apiKeyId() != null) {
            policies.add(prefix + "-api-key");
            asked.add(new Quota(prefix + ":key:" + command.apiKeyId(), perMinute, RateLimits.WINDOW));
        }
        if (command.accountId() != null) {
            policies.add(prefix + "-account");
            asked.add(new Quota(prefix + ":account:" + command.accountId(), perMinute, RateLimits.WINDOW));
        }
        if (command.clientAddress() != null) {
            policies.add(prefix + "-address");
            asked.add(new Quota(prefix + ":address:" + command.clientAddress(), perMinute, RateLimits.WINDOW));
        }
        if (asked.isEmpty()) {
            return Admission.unlimited();
        }
        Decision decision = quotas.consume(asked, clock.instant());
        List<Admission.QuotaStatus> statuses = new ArrayList<>(asked.size());
        Duration retryAfter = Duration.ZERO;
        for (int i = 0; i < asked.size(); i++) {
            ConsumeQuotaPort.State state = decision.states().get(i);
            statuses.add(new Admission.QuotaStatus(policies.get(i), perMinute, RateLimits.WINDOW, state.remaining(),
                    state.reset()));
            if (state.retryAfter().compareTo(retryAfter) > 0) {
                retryAfter = state.retryAfter();
            }
        }
        return new Admission(decision.admitted(), statuses, decision.admitted() || retryAfter.isZero()
                ? Optional.empty() : Optional.of(retryAfter));
    }
}
