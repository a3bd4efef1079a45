/**
 * Internals of the PostgreSQL adapters: the embedded development server, the pool, Flyway, the health check and the
 * translation of SQL failures into {@link dev.hearth.application.error.ApplicationException}. Nothing outside
 * adapters-postgres may use this package (an ArchUnit rule in bootstrap enforces it).
 */
package dev.hearth.adapter.out.postgres.internal;
