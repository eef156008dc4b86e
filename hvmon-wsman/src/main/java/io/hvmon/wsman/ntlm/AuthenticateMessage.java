package io.hvmon.wsman.ntlm;

import java.util.Arrays;
import java.util.Optional;

/**
 * AUTHENTICATE_MESSAGE (type 3, MS-NLMP 2.2.1.3). The payload is laid out as Windows does: domain, user,
 * workstation, LM response, NT response, encrypted session key. {@code mic} is empty when the message has none.
 */
public record AuthenticateMessage(int flags, byte[] lmResponse, byte[] ntResponse, String domain, String user,
                                  String workstation, byte[] encryptedRandomSessionKey,
                                  Optional<NtlmVersion> version, Optional<byte[]> mic) {

    static final int TYPE = 3;
    static final int MAX_LENGTH = 32 * 1024;
    static final int MIC_OFFSET = 72;
    static final int MIC_LENGTH = 16;

    public AuthenticateMessage {
        lmResponse = lmResponse.clone();
        ntResponse = ntResponse.clone();
        encryptedRandomSessionKey = encryptedRandomSessionKey.clone();
        mic = mic.map(byte[]::clone);
    }

    @Override
    public byte[] lmResponse() {
        return lmResponse.clone();
    }

    @Override
    public byte[] ntResponse() {
        return ntResponse.clone();
    }

    @Override
    public byte[] encryptedRandomSessionKey() {
        return encryptedRandomSessionKey.clone();
    }

    @Override
    public Optional<byte[]> mic() {
        return mic.map(byte[]::clone);
    }

    /** Encodes; with a MIC the payload starts at 88, else at 72 (with a version) or 64. */
    public byte[] encode() {
        boolean unicode = NegotiateFlags.has(flags, NegotiateFlags.UNICODE);
        byte[] d = Messages.text(domain, unicode);
        byte[] u = Messages.text(user, unicode);
        byte[] ws = Messages.text(workstation, unicode);
        boolean withVersion = version.isPresent() || mic.isPresent();
        int at = mic.isPresent() ? MIC_OFFSET + MIC_LENGTH : withVersion ? MIC_OFFSET : 64;
        ByteWriter w = new ByteWriter(at + d.length + u.length + ws.length + lmResponse.length + ntResponse.length
                + encryptedRandomSessionKey.length);
        w.bytes(Messages.SIGNATURE).u32(TYPE);
        int domainAt = at;
        int userAt = domainAt + d.length;
        int workstationAt = userAt + u.length;
        int lmAt = workstationAt + ws.length;
        int ntAt = lmAt + lmResponse.length;
        int keyAt = ntAt + ntResponse.length;
        Messages.securityBuffer(w, lmResponse.length, lmAt);
        Messages.securityBuffer(w, ntResponse.length, ntAt);
        Messages.securityBuffer(w, d.length, domainAt);
        Messages.securityBuffer(w, u.length, userAt);
        Messages.securityBuffer(w, ws.length, workstationAt);
        Messages.securityBuffer(w, encryptedRandomSessionKey.length, keyAt);
        w.u32(flags);
        if (withVersion) {
            w.bytes(version.orElse(new NtlmVersion(0, 0, 0, 0)).encode());
        }
        mic.ifPresent(w::bytes);
        return w.bytes(d).bytes(u).bytes(ws).bytes(lmResponse).bytes(ntResponse).bytes(encryptedRandomSessionKey)
                .toByteArray();
    }

    public static AuthenticateMessage parse(byte[] message) throws NtlmException {
        Messages.checkSize(message, MAX_LENGTH, "AUTHENTICATE message");
        ByteReader r = new ByteReader(message, "AUTHENTICATE message");
        r.expectHeader(TYPE);
        int flags = r.u32(60);
        boolean unicode = NegotiateFlags.has(flags, NegotiateFlags.UNICODE);
        byte[] lm = r.securityBuffer(12, "LmChallengeResponse");
        byte[] nt = r.securityBuffer(20, "NtChallengeResponse");
        String domain = Messages.text(r, r.securityBuffer(28, "DomainName"), unicode, "DomainName");
        String user = Messages.text(r, r.securityBuffer(36, "UserName"), unicode, "UserName");
        String workstation = Messages.text(r, r.securityBuffer(44, "Workstation"), unicode, "Workstation");
        byte[] key = r.securityBuffer(52, "EncryptedRandomSessionKey");

        // Version and MIC are optional: they exist only if the payload starts after them.
        int payloadStart = message.length;
        for (int field = 12; field <= 52; field += 8) {
            int offset = r.securityBufferOffset(field);
            if (offset >= 0) {
                payloadStart = Math.min(payloadStart, offset);
            }
        }
        Optional<NtlmVersion> version = payloadStart >= MIC_OFFSET
                ? Optional.of(NtlmVersion.read(r, 64)) : Optional.empty();
        Optional<byte[]> mic = payloadStart >= MIC_OFFSET + MIC_LENGTH
                ? Optional.of(r.bytes(MIC_OFFSET, MIC_LENGTH)) : Optional.empty();
        return new AuthenticateMessage(flags, lm, nt, domain, user, workstation, key, version, mic);
    }

    /** A copy of an encoded message with the MIC field zeroed, as the MIC is computed over it. */
    static byte[] withZeroMic(byte[] encoded) {
        byte[] copy = encoded.clone();
        Arrays.fill(copy, MIC_OFFSET, MIC_OFFSET + MIC_LENGTH, (byte) 0);
        return copy;
    }

    @Override
    public String toString() {
        // Responses, the session key and the MIC are derived from the password: lengths only.
        return "AuthenticateMessage[flags=" + NegotiateFlags.describe(flags) + ", user=" + user + ", domain=" + domain
                + ", workstation=" + workstation + ", lm=" + lmResponse.length + " bytes, nt=" + ntResponse.length
                + " bytes, sessionKey=" + encryptedRandomSessionKey.length + " bytes, mic=" + mic.isPresent() + "]";
    }
}
