/** Runs state-changing requests once per idempotency key (ADR 0026). */
package dev.hearth.application.service.idempotency;
