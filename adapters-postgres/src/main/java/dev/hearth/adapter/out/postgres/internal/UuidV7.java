package dev.hearth.adapter.out.postgres.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** UUIDs version 7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then 74 random bits. */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    /** A fresh UUIDv7 whose time part is {@code at}. */
    public static UUID at(Instant at) {
        long millis = at.toEpochMilli();
        if (millis < 0 || millis >= (1L << 48)) {
            throw new IllegalArgumentException("a UUIDv7 holds times from 1970 to the year 10889");
        }
        long msb = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
