package io.hvmon.wsman.ntlm;

import java.util.HexFormat;
import java.util.Optional;

/** CHALLENGE_MESSAGE (type 2, MS-NLMP 2.2.1.2). */
public record ChallengeMessage(int flags, byte[] serverChallenge, String targetName, TargetInfo targetInfo,
                               Optional<NtlmVersion> version) {

    static final int TYPE = 2;
    static final int MAX_LENGTH = 16 * 1024;
    private static final int HEADER = 56;

    public ChallengeMessage {
        if (serverChallenge.length != NtlmCrypto.CHALLENGE_LENGTH) {
            throw new IllegalArgumentException("server challenge must be 8 bytes");
        }
        serverChallenge = serverChallenge.clone();
    }

    @Override
    public byte[] serverChallenge() {
        return serverChallenge.clone();
    }

    public byte[] encode() {
        boolean unicode = NegotiateFlags.has(flags, NegotiateFlags.UNICODE);
        byte[] name = Messages.text(targetName, unicode);
        byte[] info = targetInfo.encode();
        ByteWriter w = new ByteWriter(HEADER + name.length + info.length);
        w.bytes(Messages.SIGNATURE).u32(TYPE);
        Messages.securityBuffer(w, name.length, HEADER);
        w.u32(flags).bytes(serverChallenge).u64(0);
        Messages.securityBuffer(w, info.length, HEADER + name.length);
        w.bytes(version.orElse(new NtlmVersion(0, 0, 0, 0)).encode());
        return w.bytes(name).bytes(info).toByteArray();
    }

    public static ChallengeMessage parse(byte[] message) throws NtlmException {
        Messages.checkSize(message, MAX_LENGTH, "CHALLENGE message");
        ByteReader r = new ByteReader(message, "CHALLENGE message");
        r.expectHeader(TYPE);
        int flags = r.u32(20);
        byte[] challenge = r.bytes(24, 8);
        boolean unicode = NegotiateFlags.has(flags, NegotiateFlags.UNICODE);
        String targetName = Messages.text(r, r.securityBuffer(12, "TargetName"), unicode, "TargetName");
        // Pre-NTLMv2 servers stop after the reserved field; then there is no TargetInfo.
        TargetInfo info = message.length >= 48
                ? TargetInfo.parse(r.securityBuffer(40, "TargetInfo"), "CHALLENGE message")
                : new TargetInfo(java.util.List.of());
        Optional<NtlmVersion> version = NegotiateFlags.has(flags, NegotiateFlags.VERSION) && message.length >= HEADER
                ? Optional.of(NtlmVersion.read(r, 48)) : Optional.empty();
        return new ChallengeMessage(flags, challenge, targetName, info, version);
    }

    @Override
    public String toString() {
        // The server challenge is public (it travels in clear); shown to help debugging.
        return "ChallengeMessage[flags=" + NegotiateFlags.describe(flags) + ", challenge="
                + HexFormat.of().formatHex(serverChallenge) + ", target=" + targetName + ", " + targetInfo
                + ", version=" + version + "]";
    }
}
