/**
 * Internals of the PostgreSQL adapters: the embedded development server, the pool, Flyway, the health check, the
 * translation of SQL failures into {@link dev.hearth.application.error.ApplicationException}, the SQL of the audit
 * and household tables, the household row-level security scope
 * ({@link dev.hearth.adapter.out.postgres.internal.HouseholdScope}) and encrypted wire-JSON documents
 * ({@link dev.hearth.adapter.out.postgres.internal.StoredDocuments}). Nothing outside adapters-postgres may use this
 * package (an ArchUnit rule in bootstrap enforces it).
 */
package dev.hearth.adapter.out.postgres.internal;
