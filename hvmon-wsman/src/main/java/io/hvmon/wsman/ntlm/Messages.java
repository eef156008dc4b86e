package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;

/** Bits shared by the three message codecs. */
final class Messages {

    static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);

    private Messages() {
    }

    static void checkSize(byte[] message, int max, String what) throws NtlmException {
        if (message == null || message.length == 0) {
            throw NtlmException.malformed(what + " is empty");
        }
        if (message.length > max) {
            throw NtlmException.malformed(what + " is " + message.length + " bytes, over the limit of " + max);
        }
    }

    /** Text in the negotiated character set: UTF-16LE with UNICODE, otherwise the OEM set (taken as Latin-1). */
    static byte[] text(String s, boolean unicode) {
        return s.getBytes(unicode ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    static String text(ByteReader r, byte[] raw, boolean unicode, String field) throws NtlmException {
        return unicode ? r.utf16(raw, field) : new String(raw, StandardCharsets.ISO_8859_1);
    }

    /** Writes a security buffer header pointing at {@code offset}. */
    static void securityBuffer(ByteWriter w, int length, int offset) {
        w.u16(length).u16(length).u32(offset);
    }
}
