package io.hvmon.wsman.encryption;

import java.util.Locale;

/** Reads the boundary out of a {@code multipart/encrypted} Content-Type, checking its protocol is the session's. */
final class EncryptedContentType {

    private static final int MAX_LENGTH = 1024;

    private EncryptedContentType() {
    }

    static String boundary(String contentType, SessionSealing sealing) throws SealingException {
        if (contentType == null || contentType.length() > MAX_LENGTH) {
            throw malformed("Content-Type is " + (contentType == null ? "missing" : "too long"));
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("multipart/encrypted")) {
            throw malformed("Content-Type is not multipart/encrypted");
        }
        String protocol = null;
        String boundary = EncryptedBody.BOUNDARY;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = unquote(parts[i].substring(eq + 1).trim());
            if (name.equals("protocol")) {
                protocol = value;
            } else if (name.equals("boundary")) {
                boundary = value;
            }
        }
        if (protocol == null || !sealing.accepts(protocol)) {
            throw malformed("multipart/encrypted protocol " + (protocol == null ? "missing" : "'" + protocol + "'")
                    + ", this connection's encryption is " + sealing.protocol());
        }
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw malformed("multipart/encrypted boundary must be 1 to 70 characters");
        }
        return boundary;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static SealingException malformed(String message) {
        return SealingException.malformed(message);
    }
}
