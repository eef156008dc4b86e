package io.hvmon.app.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses an IP address literal without ever asking DNS ({@link InetAddress#getByName} resolves anything that is not a
 * literal). IPv4 is dotted-quad without leading zeros (some parsers read "010" as octal); IPv6 is written without
 * brackets and without a zone. An IPv4-mapped IPv6 literal ({@code ::ffff:10.1.2.3}) comes back as the IPv4 address,
 * as the JDK does for peers on a dual-stack socket.
 */
public final class IpLiteral {

    private static final int MAX_IPV6_LENGTH = 45;

    private IpLiteral() {
    }

    public static Optional<InetAddress> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!(isIpv4(text) || looksLikeIpv6(text))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text)); // a literal by now: no lookup
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeIpv6(String s) {
        return s.length() <= MAX_IPV6_LENGTH && s.indexOf(':') >= 0
                && s.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }

    /** The address's bytes, IPv4-mapped IPv6 folded to its 4 IPv4 bytes so one rule matches both spellings. */
    static byte[] canonicalBytes(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isMapped(bytes)) {
            return java.util.Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
