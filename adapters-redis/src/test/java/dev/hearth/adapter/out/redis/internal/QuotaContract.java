package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Decision;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link ConsumeQuotaPort}, run against the in-process adapter and against a real Redis. */
abstract class QuotaContract {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    abstract ConsumeQuotaPort quotas();

    static Quota quota(String name, int limit) {
        return new Quota(name + ":" + UUID.randomUUID(), limit, Duration.ofMinutes(1));
    }

    @Test
    void a_full_quota_admits_its_limit_at_once_then_refuses_with_the_wait_for_one_more() {
        Quota q = quota("burst", 5);
        for (int i = 0; i < 5; i++) {
            Decision d = quotas().consume(List.of(q), T0);
            assertThat(d.admitted()).isTrue();
            assertThat(d.states().get(0).remaining()).isEqualTo(4 - i);
        }
        Decision refused = quotas().consume(List.of(q), T0);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.states().get(0).remaining()).isZero();
        assertThat(refused.states().get(0).retryAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(refused.states().get(0).reset()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_quota_refills_one_request_every_window_divided_by_its_limit() {
        Quota q = quota("refill", 6);
        for (int i = 0; i < 6; i++) {
            quotas().consume(List.of(q), T0);
        }
        assertThat(quotas().consume(List.of(q), T0.plusSeconds(9)).admitted()).isFalse();
        Decision afterTen = quotas().consume(List.of(q), T0.plusSeconds(10));
        assertThat(afterTen.admitted()).isTrue();
        assertThat(afterTen.states().get(0).remaining()).isZero();
        assertThat(quotas().consume(List.of(q), T0.plusSeconds(10)).admitted()).isFalse();
        assertThat(quotas().consume(List.of(q), T0.plusSeconds(120)).states().get(0).remaining()).isEqualTo(5);
    }

    @Test
    void when_one_quota_of_a_request_is_spent_none_of_them_is_charged() {
        Quota roomy = quota("roomy", 10);
        Quota tight = quota("tight", 1);
        assertThat(quotas().consume(List.of(roomy, tight), T0).admitted()).isTrue();
        Decision refused = quotas().consume(List.of(roomy, tight), T0);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.states().get(0).retryAfter()).isZero();
        assertThat(refused.states().get(1).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(quotas().consume(List.of(roomy), T0).states().get(0).remaining())
                .as("the refused request took nothing from the roomy quota").isEqualTo(8);
    }

    @Test
    void quotas_with_different_keys_are_independent() {
        Quota a = quota("a", 1);
        Quota b = quota("b", 1);
        assertThat(quotas().consume(List.of(a), T0).admitted()).isTrue();
        assertThat(quotas().consume(List.of(a), T0).admitted()).isFalse();
        assertThat(quotas().consume(List.of(b), T0).admitted()).isTrue();
    }

    @Test
    void a_limit_that_does_not_divide_the_window_still_admits_exactly_its_limit() {
        Quota q = quota("seven", 7);
        int admitted = 0;
        for (int i = 0; i < 10; i++) {
            admitted += quotas().consume(List.of(q), T0).admitted() ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(7);
    }
}
