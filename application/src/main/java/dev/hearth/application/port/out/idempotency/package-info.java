/** Where idempotency keys are kept (PostgreSQL, the guarantee) and held while in flight (Redis, the fast path). */
package dev.hearth.application.port.out.idempotency;
