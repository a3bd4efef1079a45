package dev.hearth.bootstrap;

import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.adapter.out.redis.RedisAdapters;
import dev.hearth.adapter.out.redis.RedisSettings;
import dev.hearth.application.port.in.idempotency.RunIdempotentlyUseCase;
import java.time.Clock;

/**
 * The idempotency use case Hearth wires (ADR 0026), over a test's migrated PostgreSQL and Redis's in-process
 * fallback, for end-to-end tests that start the HTTP server themselves rather than through {@link Hearth#start}.
 */
final class TestIdempotency {

    private TestIdempotency() {
    }

    /** Keeps answers in {@code postgres}; holds keys in flight in this process. */
    static RunIdempotentlyUseCase over(PostgresAdapters postgres, Clock clock) {
        return Hearth.idempotency(postgres, TinkFieldEncryptionAdapter.create(FieldKeyset.generate()),
                RedisAdapters.start(RedisSettings.inProcess()), clock);
    }
}
