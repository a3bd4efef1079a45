/**
 * Accounts and sessions over HTTP (issue 6, ADR 0018): register, log in, refresh, log out, who am I, the JWKS and the
 * admin signing-key rotation.
 */
package dev.hearth.adapter.in.http.auth;
