/**
 * Storage of households, their debts and their saved estimates. Every operation is scoped to one household (the
 * PostgreSQL adapter also enforces it with row-level security), sensitive fields are encrypted at rest, and writes
 * join the transaction of {@code RunInTransactionPort} so a change and its audit event commit together.
 */
package dev.hearth.application.port.out.household;
