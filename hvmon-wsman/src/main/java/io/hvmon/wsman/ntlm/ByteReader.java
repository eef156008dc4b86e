package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked little-endian reads over one NTLM message. Every failure is an {@link NtlmException} that names the
 * message and the offset, never an index exception.
 */
final class ByteReader {

    private final byte[] data;
    private final String what;

    ByteReader(byte[] data, String what) {
        this.data = data;
        this.what = what;
    }

    int length() {
        return data.length;
    }

    private void need(int offset, int count) throws NtlmException {
        if (offset < 0 || count < 0 || offset > data.length - count) {
            throw NtlmException.malformed(what + " truncated at offset " + offset + " (needs " + count
                    + " bytes, has " + data.length + ")");
        }
    }

    int u8(int offset) throws NtlmException {
        need(offset, 1);
        return data[offset] & 0xff;
    }

    int u16(int offset) throws NtlmException {
        need(offset, 2);
        return (data[offset] & 0xff) | (data[offset + 1] & 0xff) << 8;
    }

    int u32(int offset) throws NtlmException {
        need(offset, 4);
        return u16(offset) | u16(offset + 2) << 16;
    }

    long u64(int offset) throws NtlmException {
        return (u32(offset) & 0xffffffffL) | (long) u32(offset + 4) << 32;
    }

    byte[] bytes(int offset, int count) throws NtlmException {
        need(offset, count);
        return Arrays.copyOfRange(data, offset, offset + count);
    }

    /**
     * A security buffer (length, max length, 32-bit offset) at {@code fieldOffset}; the payload it points to must lie
     * inside the message.
     */
    byte[] securityBuffer(int fieldOffset, String field) throws NtlmException {
        int length = u16(fieldOffset);
        long offset = u32(fieldOffset + 4) & 0xffffffffL;
        if (length == 0) {
            return new byte[0];
        }
        if (offset > data.length || length > data.length - offset) {
            throw NtlmException.malformed(what + " field " + field + " points outside the message (offset " + offset
                    + ", length " + length + ", message " + data.length + " bytes)");
        }
        return Arrays.copyOfRange(data, (int) offset, (int) offset + length);
    }

    /** The payload offset of a security buffer, or -1 when the buffer is empty. */
    int securityBufferOffset(int fieldOffset) throws NtlmException {
        return u16(fieldOffset) == 0 ? -1 : u32(fieldOffset + 4);
    }

    /** The common header: "NTLMSSP\0" and the message type. */
    void expectHeader(int type) throws NtlmException {
        need(0, 12);
        byte[] signature = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
        if (!Arrays.equals(data, 0, 8, signature, 0, 8)) {
            throw NtlmException.malformed(what + " does not start with the NTLMSSP signature");
        }
        int actual = u32(8);
        if (actual != type) {
            throw NtlmException.malformed("expected a " + what + " (type " + type + ") but got message type "
                    + Integer.toUnsignedString(actual));
        }
    }

    /** UTF-16LE text; an odd length is malformed. */
    String utf16(byte[] raw, String field) throws NtlmException {
        if (raw.length % 2 != 0) {
            throw NtlmException.malformed(what + " field " + field + " has an odd UTF-16 length " + raw.length);
        }
        return new String(raw, StandardCharsets.UTF_16LE);
    }
}
