package io.hvmon.app.config;

/**
 * Checks that a listen address is written like an IPv4 address, an IPv6 address or a host name, without any DNS
 * lookup (java.net.InetAddress would resolve anything that is not a literal). IPv6 is written without brackets and
 * without a zone ({@code %eth0}); a name whose last label is all digits is taken as a mistyped IPv4 address.
 */
final class AddressSyntax {

    private static final int MAX_HOST_NAME = 253;

    private AddressSyntax() {}

    static boolean isValid(String address) {
        return isIpv4(address) || isIpv6(address) || isHostName(address);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            // Leading zeros are refused: some resolvers read "010" as octal 8.
            if (part.isEmpty() || part.length() > 3 || !digits(part) || (part.length() > 1 && part.charAt(0) == '0')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String s) {
        if (s.length() < 2 || s.length() > 45) {
            return false;
        }
        String[] halves = s.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        boolean compressed = halves.length == 2;
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean lastOfAll = h == halves.length - 1 && i == parts.length - 1;
                if (lastOfAll && parts[i].contains(".")) {
                    if (!isIpv4(parts[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (isHexGroup(parts[i])) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    static boolean isHostName(String s) {
        String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (name.isEmpty() || name.length() > MAX_HOST_NAME) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return !digits(labels[labels.length - 1]);
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (Character.digit(part.charAt(i), 16) < 0 || part.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
