package io.hvmon.wsman.ntlm;

import java.util.Optional;

/** NEGOTIATE_MESSAGE (type 1, MS-NLMP 2.2.1.1). Domain and workstation are never sent by this client. */
public record NegotiateMessage(int flags, Optional<NtlmVersion> version) {

    static final int TYPE = 1;
    static final int MAX_LENGTH = 4096;

    public byte[] encode() {
        ByteWriter w = new ByteWriter(40);
        w.bytes(Messages.SIGNATURE).u32(TYPE).u32(flags);
        w.u16(0).u16(0).u32(40); // DomainNameFields: empty
        w.u16(0).u16(0).u32(40); // WorkstationFields: empty
        w.bytes(version.orElse(new NtlmVersion(0, 0, 0, 0)).encode());
        return w.toByteArray();
    }

    /** Parses a NEGOTIATE; only the flags matter, so older 16- and 32-byte forms are accepted. */
    public static NegotiateMessage parse(byte[] message) throws NtlmException {
        Messages.checkSize(message, MAX_LENGTH, "NEGOTIATE message");
        ByteReader r = new ByteReader(message, "NEGOTIATE message");
        r.expectHeader(TYPE);
        int flags = r.u32(12);
        Optional<NtlmVersion> version = NegotiateFlags.has(flags, NegotiateFlags.VERSION) && message.length >= 40
                ? Optional.of(NtlmVersion.read(r, 32)) : Optional.empty();
        return new NegotiateMessage(flags, version);
    }

    @Override
    public String toString() {
        return "NegotiateMessage[flags=" + NegotiateFlags.describe(flags) + ", version=" + version + "]";
    }
}
