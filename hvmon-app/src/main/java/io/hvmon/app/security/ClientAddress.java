package io.hvmon.app.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking. The TCP peer, unless the peer is a trusted proxy: then {@code X-Forwarded-For} is read from the right
 * (the entry the nearest proxy appended) past every trusted proxy, and the first untrusted address is the client. Entries
 * to the left of it were written by the client itself and are ignored, so a client cannot choose its own address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * @param peer           the TCP peer
     * @param forwardedFor   every {@code X-Forwarded-For} header value, in order (several headers are one list)
     * @param trustedProxies proxies whose {@code X-Forwarded-For} is believed
     * @return the client's address, or empty when a trusted proxy sent an entry that is not an IP address
     */
    public static Optional<InetAddress> resolve(InetAddress peer, List<String> forwardedFor, AddressList trustedProxies) {
        if (forwardedFor == null || forwardedFor.isEmpty() || !trustedProxies.contains(peer)) {
            return Optional.of(peer);
        }
        List<String> entries = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        InetAddress client = peer;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Optional<InetAddress> address = parseEntry(entries.get(i));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            client = address.get();
            if (!trustedProxies.contains(client)) {
                return Optional.of(client);
            }
        }
        return Optional.of(client); // every hop is a trusted proxy: the leftmost one is where the request began
    }

    /** An address, optionally in brackets and with a port ({@code [2001:db8::1]:443}, {@code 10.0.0.1:5000}). */
    static Optional<InetAddress> parseEntry(String entry) {
        String text = entry;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !(close == text.length() - 1 || isPort(text.substring(close + 1)))) {
                return Optional.empty();
            }
            return IpLiteral.parse(text.substring(1, close));
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon == text.lastIndexOf(':') && isPort(text.substring(colon))) {
            text = text.substring(0, colon); // IPv4 with a port; bare IPv6 has more than one colon
        }
        return IpLiteral.parse(text);
    }

    private static boolean isPort(String colonAndDigits) {
        return colonAndDigits.length() >= 2 && colonAndDigits.length() <= 6 && colonAndDigits.charAt(0) == ':'
                && colonAndDigits.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
