package io.hvmon.wsman.encryption;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One encrypted message of a {@code multipart/encrypted} body: the OriginalContent length, the signature and the
 * sealed bytes. Parsing follows the text headers line by line (CRLF or LF, with or without leading tabs), then
 * takes the binary part by its length prefix and {@code Length=}, never by searching for the boundary in it.
 */
record EncryptedPart(int originalLength, byte[] body, int signatureOffset, int signatureLength, int sealedOffset,
                     int sealedLength) {

    private static final int MAX_PARTS = 64;
    private static final int MAX_HEADER_LINES = 16;
    private static final int MAX_LINE = 1024;
    /** Far above any real signature (NTLM 16 bytes, a Kerberos AES wrap header 60 or 76). */
    private static final int MAX_SIGNATURE_LENGTH = 1024;
    private static final Pattern LENGTH = Pattern.compile("(?i)(?:^|;)\\s*Length\\s*=\\s*(\\d{1,10})\\s*(?:;|$)");

    /** Every encrypted message in {@code body}; Windows sends one, pywinrm accepts several in a row. */
    static List<EncryptedPart> parseAll(byte[] body, String boundary, SessionSealing sealing) throws SealingException {
        Cursor c = new Cursor(body);
        String delimiter = "--" + boundary;
        c.skipWhitespace();
        if (!c.readLine().equals(delimiter)) {
            throw malformed("encrypted body does not start with the boundary line '" + delimiter + "'");
        }
        List<EncryptedPart> parts = new ArrayList<>();
        while (true) {
            if (parts.size() == MAX_PARTS) {
                throw malformed("encrypted body has more than " + MAX_PARTS + " encrypted parts");
            }
            parts.add(parsePart(c, delimiter, body.length, sealing));
            if (!c.consume(delimiter)) {
                throw malformed("no boundary after the " + parts.get(parts.size() - 1).originalLength
                        + " sealed bytes at offset " + c.pos + " (Length= does not match the data)");
            }
            if (c.consume("--")) {
                c.skipWhitespace();
                if (!c.atEnd()) {
                    throw malformed("unexpected data after the closing boundary at offset " + c.pos);
                }
                return parts;
            }
            if (!c.readLine().isEmpty()) {
                throw malformed("boundary line followed by other text at offset " + c.pos);
            }
        }
    }

    private static EncryptedPart parsePart(Cursor c, String delimiter, int bodyLength, SessionSealing sealing)
            throws SealingException {
        Integer length = null;
        for (int lines = 0; ; lines++) {
            if (lines == MAX_HEADER_LINES) {
                throw malformed("encrypted part has more than " + MAX_HEADER_LINES + " header lines");
            }
            String line = c.readLine().strip();
            if (line.equals(delimiter)) {
                break;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("originalcontent:")) {
                Matcher m = LENGTH.matcher(line.substring("originalcontent:".length()));
                if (!m.find()) {
                    throw malformed("OriginalContent header has no Length=");
                }
                long value = Long.parseLong(m.group(1));
                if (value > bodyLength) {
                    throw malformed("OriginalContent Length=" + value + " is larger than the whole body");
                }
                length = (int) value;
            }
        }
        if (length == null) {
            throw malformed("encrypted part has no OriginalContent header");
        }
        String type = c.readLine().strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (!type.equals("content-type:application/octet-stream")) {
            throw malformed("expected 'Content-Type: application/octet-stream' before the encrypted data");
        }
        int signatureLength = c.u32le();
        if (signatureLength <= 0 || signatureLength > MAX_SIGNATURE_LENGTH
                || !sealing.plausibleSignatureLength(signatureLength)) {
            throw malformed("signature length prefix is " + Integer.toUnsignedString(signatureLength)
                    + ", which no " + sealing.protocol() + " message of this session has");
        }
        int signature = c.skip(signatureLength, "signature");
        int sealed = c.skip(length, "sealed data");
        int extra = c.upTo(delimiter, sealing.maxExtraSealedBytes());
        return new EncryptedPart(length, c.data, signature, signatureLength, sealed, length + extra); // offsets into the body: no copies
    }

    private static SealingException malformed(String message) {
        return SealingException.malformed(message);
    }

    @Override
    public String toString() {
        return "EncryptedPart[length=" + originalLength + "]";
    }

    /** A position in the body with bounds-checked reads. */
    private static final class Cursor {
        private final byte[] data;
        private int pos;

        Cursor(byte[] data) {
            this.data = data;
        }

        boolean atEnd() {
            return pos == data.length;
        }

        void skipWhitespace() {
            while (pos < data.length && (data[pos] == '\r' || data[pos] == '\n' || data[pos] == ' '
                    || data[pos] == '\t')) {
                pos++;
            }
        }

        /** A text line without its CRLF or LF. */
        String readLine() throws SealingException {
            int limit = Math.min(data.length, pos + MAX_LINE);
            for (int i = pos; i < limit; i++) {
                if (data[i] == '\n') {
                    int end = i > pos && data[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(data, pos, end - pos, StandardCharsets.ISO_8859_1);
                    pos = i + 1;
                    return line;
                }
            }
            throw malformed(limit == data.length ? "encrypted body truncated in its part headers at offset " + pos
                    : "header line longer than " + MAX_LINE + " bytes at offset " + pos);
        }

        /**
         * How many bytes, at most {@code max}, come before {@code expected} here, moving past them; 0 (staying put)
         * when it does not come within them. For sealed data longer than the message (a wrap token's filler).
         */
        int upTo(String expected, int max) {
            byte[] b = expected.getBytes(StandardCharsets.ISO_8859_1);
            for (int skip = 0; skip <= max && data.length - pos - skip >= b.length; skip++) {
                if (Arrays.equals(data, pos + skip, pos + skip + b.length, b, 0, b.length)) {
                    pos += skip;
                    return skip;
                }
            }
            return 0;
        }

        boolean consume(String expected) {
            byte[] b = expected.getBytes(StandardCharsets.ISO_8859_1);
            if (data.length - pos < b.length || !Arrays.equals(data, pos, pos + b.length, b, 0, b.length)) {
                return false;
            }
            pos += b.length;
            return true;
        }

        int u32le() throws SealingException {
            int at = skip(4, "signature length");
            return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16
                    | (data[at + 3] & 0xff) << 24;
        }

        /** Moves past {@code count} bytes that must be there; returns where they start. */
        int skip(int count, String what) throws SealingException {
            if (count > data.length - pos) {
                throw malformed("encrypted body truncated in the " + what + " at offset " + pos + " (needs " + count
                        + " bytes, " + (data.length - pos) + " left)");
            }
            int at = pos;
            pos += count;
            return at;
        }
    }
}
