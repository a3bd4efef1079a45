/**
 * The identity adapter (ADR 0018): implementations of the identity ports that need cryptography, behind one entry,
 * {@link dev.hearth.adapter.out.identity.IdentityAdapters}. Nimbus JOSE+JWT and Bouncy Castle are used here and nowhere
 * else (ArchUnit).
 */
package dev.hearth.adapter.out.identity;
