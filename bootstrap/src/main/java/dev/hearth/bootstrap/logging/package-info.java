/**
 * Logging: logback with JSON lines (logstash-logback-encoder) in production and readable text in development, the
 * request id on every line, and {@link dev.hearth.bootstrap.logging.Redaction}, the one set of rules that masks
 * secrets, personal data and amounts of money in both formats. Configured in {@code logback.xml}.
 */
package dev.hearth.bootstrap.logging;
