package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;

class InProcessQuotaAdapterTest extends QuotaContract {

    private final InProcessQuotaAdapter quotas = new InProcessQuotaAdapter();

    @Override
    ConsumeQuotaPort quotas() {
        return quotas;
    }
}
