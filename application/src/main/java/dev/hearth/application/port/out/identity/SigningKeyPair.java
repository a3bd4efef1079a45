package dev.hearth.application.port.out.identity;

import java.util.Arrays;
import java.util.Objects;

/**
 * An access-token signing key: its public half and its private key as PKCS#8 bytes. The application never looks
 * inside the private key; it passes it between the generator, the store (which encrypts it) and the signer.
 * {@link #toString()} never shows it.
 *
 * @param publicKey  the public half, with the key id
 * @param privateKey the private key, PKCS#8 DER encoded (<strong>secret</strong>)
 */
public record SigningKeyPair(PublicSigningKey publicKey, byte[] privateKey) {

    public SigningKeyPair {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        privateKey = privateKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    /** The key id. */
    public String kid() {
        return publicKey.kid();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKeyPair other && publicKey.equals(other.publicKey)
                && Arrays.equals(privateKey, other.privateKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKeyPair[kid=" + publicKey.kid() + ", privateKey=(hidden)]";
    }
}
