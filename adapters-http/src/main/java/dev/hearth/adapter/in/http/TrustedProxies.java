package dev.hearth.adapter.in.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed, and the one rule that turns a request into its client
 * address. Only when the TCP peer is one of these proxies does the header count; then the client is the right-most
 * address in it that is not itself a trusted proxy (every hop appends the address it saw, so entries left of the last
 * untrusted one may be forged by the client). Otherwise the client is the TCP peer. Addresses come back in one
 * canonical text form, so one client is one throttle key however a proxy wrote it.
 *
 * <p>The address so found is the only client address Hearth uses: login throttle, registration cap, the caps on
 * auditing refused credentials. It is never stored, logged or audited.
 */
public final class TrustedProxies {

    /** Only characters an IPv4 or IPv6 literal can hold: nothing here may trigger a DNS lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** No proxy is trusted: the client address is always the TCP peer. */
    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * Parses a comma-separated list of addresses and CIDR blocks, e.g. {@code 10.0.0.0/8, 192.168.1.7, fd00::/8}.
     *
     * @throws IllegalArgumentException naming the first entry that is not an IP address or block
     */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                String text = entry.strip();
                if (!text.isEmpty()) {
                    blocks.add(Block.parse(text).orElseThrow(() -> new IllegalArgumentException(
                            "not an IP address or CIDR block: " + text)));
                }
            }
        }
        return blocks.isEmpty() ? NONE : new TrustedProxies(blocks);
    }

    /** Whether any proxy is trusted. */
    public boolean any() {
        return !blocks.isEmpty();
    }

    /**
     * The client address of a request from TCP peer {@code peer} carrying these {@code X-Forwarded-For} header values
     * (in the order received).
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return peer == null || peer.isBlank() ? "unknown" : peer;
        }
        InetAddress client = peerAddress.get();
        if (!trusts(client) || forwardedFor == null) {
            return client.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage a trusted proxy passed on: the last address it vouched for is the client
            }
            client = hop.get();
            if (!trusts(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusts(InetAddress address) {
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "none" : blocks.toString();
    }

    private static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (!IP_LITERAL.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            if (s.indexOf(':') >= 0) {
                // with a colon Java parses an IPv6 literal and never looks the text up
                return Optional.of(InetAddress.getByName(s));
            }
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address block: the first {@code prefix} bits of {@code network}. */
    private record Block(byte[] network, int prefix, String text) {

        static Optional<Block> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Block(bytes, prefix, text));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (candidate[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
