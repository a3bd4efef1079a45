/**
 * Household authorization (ADR 0019): the access policy, the access check, membership, crisis overrides, adviser notes
 * and the owner's export.
 */
package dev.hearth.application.service.access;
