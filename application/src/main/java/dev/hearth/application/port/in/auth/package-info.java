/**
 * Inbound ports of accounts and sessions (issue 6, ADR 0018): register, log in, refresh, log out, who am I, bearer-token
 * authentication (which the HTTP adapter calls before any handler of a protected route runs), signing-key rotation and
 * the published keys (JWKS).
 */
package dev.hearth.application.port.in.auth;
