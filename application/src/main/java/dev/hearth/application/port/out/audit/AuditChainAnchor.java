package dev.hearth.application.port.out.audit;

import java.util.Objects;

/**
 * A point of the chain remembered outside the database: "event {@code sequence} had hash {@code hash}". Each run of
 * {@code hearth audit verify} prints the head as an anchor; kept somewhere the database's owner cannot rewrite (a
 * ticket, a log store, a signed e-mail), it lets a later run prove that nothing up to that event was rewritten or cut
 * off the end, which the chain alone cannot show.
 *
 * @param sequence the event's sequence, at least 1
 * @param hash     the event's hash
 */
public record AuditChainAnchor(long sequence, AuditHash hash) {

    public AuditChainAnchor {
        if (sequence < 1) {
            throw new IllegalArgumentException("an anchor names an event: sequence starts at 1");
        }
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * Reads the printed form {@code <sequence>:<hash>}, e.g. {@code 1042:9f86d0...}.
     *
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static AuditChainAnchor parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("an anchor is written <sequence>:<64 hex characters>");
        }
        long sequence;
        try {
            sequence = Long.parseLong(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an anchor is written <sequence>:<64 hex characters>");
        }
        return new AuditChainAnchor(sequence, new AuditHash(text.substring(colon + 1).trim()));
    }

    /** {@code <sequence>:<hash>}, the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return sequence + ":" + hash.hex();
    }
}
