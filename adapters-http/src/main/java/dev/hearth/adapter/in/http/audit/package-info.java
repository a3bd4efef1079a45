/** The audit trail over HTTP ({@link dev.hearth.adapter.in.http.audit.AuditRoutes}). */
package dev.hearth.adapter.in.http.audit;
