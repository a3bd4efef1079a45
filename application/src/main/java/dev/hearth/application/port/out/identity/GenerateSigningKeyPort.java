package dev.hearth.application.port.out.identity;

/** Makes a new ES256 (P-256) signing key pair from a cryptographically strong random source. */
public interface GenerateSigningKeyPort {

    /** A fresh key pair; its id is the RFC 7638 thumbprint of its public key. */
    SigningKeyPair generate();
}
