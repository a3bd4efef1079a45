/** Retried requests with one effect: the {@code Idempotency-Key} of state-changing requests (ADR 0026). */
package dev.hearth.application.port.in.idempotency;
