package io.hvmon.app.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list of host names as one header value: {@code hv02, hv03}. Names are written as configured, except that any
 * character other than a letter, digit, {@code .}, {@code -} or {@code _} is percent-encoded (UTF-8), so the value is
 * plain ASCII and a name can never contain the separator. The value stays within {@link #MAX_LENGTH} characters: a
 * list too long for it ends with {@code +N more}, which no encoded name can look like.
 */
final class HostNamesHeader {

    static final int MAX_LENGTH = 1000;
    /** Room kept for the {@code , +N more} ending; N is at most a few digits (hosts are capped at 1000). */
    private static final int ENDING_ROOM = 16;

    private HostNamesHeader() {
    }

    static String value(List<String> names) {
        List<String> encoded = names.stream().map(HostNamesHeader::encode).toList();
        String all = String.join(", ", encoded);
        if (all.length() <= MAX_LENGTH) {
            return all;
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String name : encoded) {
            int separator = shown == 0 ? 0 : 2;
            if (out.length() + separator + name.length() > MAX_LENGTH - ENDING_ROOM) {
                break;
            }
            out.append(shown == 0 ? "" : ", ").append(name);
            shown++;
        }
        return out.append(shown == 0 ? "" : ", ").append('+').append(encoded.size() - shown).append(" more").toString();
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
