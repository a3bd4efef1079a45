/**
 * Configuration from environment variables: {@link dev.hearth.bootstrap.config.ConfigVariable} lists every one (the
 * table in docs/guides/configuration.md is checked against it), {@link dev.hearth.bootstrap.config.ConfigLoader}
 * reads and validates them all at once, reporting every problem in one message and never printing a secret.
 */
package dev.hearth.bootstrap.config;
