package dev.hearth.bootstrap.config;

/** Where Hearth runs. */
public enum Profile {
    /** A developer's machine: embedded defaults allowed, readable logs, loopback only. */
    DEV,
    /** Real data: a real database is required, logs are JSON. */
    PRODUCTION
}
