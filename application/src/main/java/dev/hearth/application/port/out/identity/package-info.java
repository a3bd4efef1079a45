/**
 * Outbound ports of identity and access (ADR 0018): password hashing, the e-mail blind index, access-token signing
 * and verification, signing-key generation and storage, accounts, refresh tokens and login throttling. The
 * cryptography lives behind these ports in adapters-identity (Nimbus JOSE+JWT, Bouncy Castle); storage in
 * adapters-postgres. The policy (lifetimes, rotation, reuse detection, which claim is checked how) stays in
 * {@code dev.hearth.application.service.auth}.
 */
package dev.hearth.application.port.out.identity;
