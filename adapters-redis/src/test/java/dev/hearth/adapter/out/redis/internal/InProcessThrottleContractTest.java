package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;

class InProcessThrottleContractTest extends ThrottleContract {

    private final InProcessThrottleAdapter throttle = new InProcessThrottleAdapter();

    @Override
    ThrottleAttemptsPort throttle() {
        return throttle;
    }
}
