/**
 * Who may do what to a household (ADR 0019): the access check the HTTP middleware runs before any household handler,
 * membership, adviser notes, crisis overrides and the owner's export.
 */
package dev.hearth.application.port.in.access;
