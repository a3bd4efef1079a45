package dev.hearth.application.service.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.ratelimit.AdmitRequestCommand;
import dev.hearth.application.port.in.ratelimit.Admission;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdmitRequestServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    /** Records what it is asked and answers with the states given. */
    private static final class Quotas implements ConsumeQuotaPort {
        final List<List<Quota>> asked = new ArrayList<>();
        Decision answer;

        @Override
        public Decision consume(List<Quota> quotas, Instant now) {
            assertThat(now).isEqualTo(NOW);
            asked.add(quotas);
            return answer;
        }
    }

    private final Quotas quotas = new Quotas();
    private final AdmitRequestService service = new AdmitRequestService(quotas,
            RateLimits.defaults().with(RequestClass.WRITES, 0), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ConsumeQuotaPort.State room(long remaining) {
        return new ConsumeQuotaPort.State(remaining, Duration.ofSeconds(1), Duration.ZERO);
    }

    @Test
    void an_api_key_caller_is_counted_per_key_and_per_account_in_one_call() {
        quotas.answer = new ConsumeQuotaPort.Decision(true, List.of(room(599), room(598)));

        Admission admission = service.admit(AdmitRequestCommand.byCaller(RequestClass.READS, ACCOUNT, "key-1"));

        assertThat(quotas.asked).singleElement().satisfies(asked -> assertThat(asked)
                .extracting(ConsumeQuotaPort.Quota::key, ConsumeQuotaPort.Quota::limit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reads:key:key-1", 600),
                        org.assertj.core.groups.Tuple.tuple("reads:account:" + ACCOUNT, 600)));
        assertThat(admission.admitted()).isTrue();
        assertThat(admission.quotas()).extracting(Admission.QuotaStatus::policy)
                .containsExactly("reads-api-key", "reads-account");
        assertThat(admission.retryAfter()).isEmpty();
    }

    @Test
    void a_class_whose_limit_is_zero_counts_nothing() {
        Admission admission = service.admit(AdmitRequestCommand.byAddress(RequestClass.WRITES, "203.0.113.9"));

        assertThat(admission.admitted()).isTrue();
        assertThat(admission.quotas()).isEmpty();
        assertThat(quotas.asked).isEmpty();
    }

    @Test
    void a_refusal_waits_for_the_longest_of_the_refusing_quotas() {
        quotas.answer = new ConsumeQuotaPort.Decision(false, List.of(
                new ConsumeQuotaPort.State(0, Duration.ofSeconds(60), Duration.ofSeconds(2)),
                new ConsumeQuotaPort.State(0, Duration.ofSeconds(60), Duration.ofSeconds(7))));

        Admission admission = service.admit(AdmitRequestCommand.byCaller(RequestClass.ADMIN, ACCOUNT, "key-1"));

        assertThat(admission.admitted()).isFalse();
        assertThat(admission.retryAfter()).contains(Duration.ofSeconds(7));
    }
}
