package dev.hearth.application.port.out.identity;

/**
 * A keyed hash (HMAC) of a login e-mail address, so an account can be found by its address without the address being
 * stored or indexed in clear (it is stored encrypted beside it). Without the key, the index reveals nothing and cannot
 * be reversed by guessing addresses.
 */
public interface ComputeBlindIndexPort {

    /** The index of an already normalised address: 32 bytes, the same for the same address and key. */
    byte[] emailIndex(String normalisedEmail);
}
