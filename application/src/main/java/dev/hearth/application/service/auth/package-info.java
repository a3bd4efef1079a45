/**
 * Identity and access policy (issue 6, ADR 0018): how long tokens live, which claims are checked and how, refresh-token
 * rotation with reuse detection and a grace window, signing-key lifecycle and rotation, login throttling and the audit
 * events of all of it. The cryptography is behind ports (adapters-identity); time comes from an injected
 * {@link java.time.Clock}.
 */
package dev.hearth.application.service.auth;
