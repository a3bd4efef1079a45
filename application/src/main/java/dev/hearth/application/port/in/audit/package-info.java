/** Reading and verifying the audit trail: a household's activity, and the whole chain's integrity. */
package dev.hearth.application.port.in.audit;
