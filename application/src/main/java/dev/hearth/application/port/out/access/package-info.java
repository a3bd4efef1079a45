/**
 * Storage of who may reach a household (ADR 0019): membership with roles, crisis overrides, adviser notes, and the
 * list of an account's own households.
 */
package dev.hearth.application.port.out.access;
