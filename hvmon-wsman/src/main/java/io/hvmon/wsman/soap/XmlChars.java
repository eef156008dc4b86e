package io.hvmon.wsman.soap;

/** XML 1.0 cannot carry some characters at all, not even as references; they are replaced so output stays parseable. */
final class XmlChars {

    static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    /** The text with every character XML 1.0 forbids (controls, unpaired surrogates, U+FFFE/U+FFFF) replaced by U+FFFD. */
    static String valid(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.append(text, i, i + width);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }
}
