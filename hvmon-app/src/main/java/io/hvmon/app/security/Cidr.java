package io.hvmon.app.security;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An address range: {@code 10.0.0.0/8}, {@code fd00::/8}, or a single address ({@code 192.168.1.10}, {@code ::1}).
 * IPv4-mapped IPv6 ranges ({@code ::ffff:10.0.0.0/104}) are stored as the IPv4 range they mean, and IPv4-mapped peers
 * are matched as IPv4, so a dual-stack listener cannot be used to slip past an IPv4 rule.
 */
public final class Cidr {

    private final byte[] network;
    private final int prefix;
    private final String text;

    private Cidr(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** Parses a range; empty when it is not one. Host bits set ({@code 10.0.0.1/8}) are refused as a likely typo. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        String addressPart = slash < 0 ? text : text.substring(0, slash);
        Optional<InetAddress> address = IpLiteral.parse(addressPart);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw = address.get().getAddress();
        boolean writtenAsV6 = addressPart.indexOf(':') >= 0;
        int writtenBits = writtenAsV6 ? 128 : 32;
        int prefix = writtenBits;
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (bits.length() > 1 && bits.charAt(0) == '0')) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(bits);
            if (prefix > writtenBits) {
                return Optional.empty();
            }
        }
        if (writtenAsV6 && raw.length == 4) {
            // The JDK already folded ::ffff:a.b.c.d to IPv4; the prefix must cover the mapped part.
            if (prefix < 96) {
                return Optional.empty();
            }
            prefix -= 96;
        }
        if (!hostBitsClear(raw, prefix)) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(raw, prefix, text));
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = IpLiteral.canonicalBytes(address);
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    private static boolean hostBitsClear(byte[] bytes, int prefix) {
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** As written in the config. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && other.prefix == prefix && Arrays.equals(other.network, network);
    }

    @Override
    public int hashCode() {
        return HexFormat.of().formatHex(network).hashCode() * 31 + prefix;
    }
}
