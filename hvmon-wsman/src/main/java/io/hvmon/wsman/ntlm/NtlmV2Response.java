package io.hvmon.wsman.ntlm;

import java.util.Arrays;

/** An NTLMv2 NtChallengeResponse split into NTProofStr and the client blob it proves (MS-NLMP 2.2.2.8). */
record NtlmV2Response(byte[] ntProofStr, byte[] blob, long timestamp, byte[] clientChallenge, TargetInfo targetInfo) {

    private static final int PROOF = 16;
    private static final int BLOB_HEADER = 28;

    static NtlmV2Response parse(byte[] nt) throws NtlmException {
        if (nt.length == 24) {
            throw new NtlmException(NtlmException.Kind.AUTHENTICATION,
                    "AUTHENTICATE carries an NTLMv1 response; only NTLMv2 is accepted");
        }
        if (nt.length < PROOF + BLOB_HEADER) {
            throw NtlmException.malformed("NTLMv2 response is " + nt.length + " bytes, shorter than its "
                    + (PROOF + BLOB_HEADER) + "-byte minimum");
        }
        ByteReader r = new ByteReader(nt, "NTLMv2 response");
        if (r.u8(PROOF) != 1 || r.u8(PROOF + 1) != 1) {
            throw NtlmException.malformed("NTLMv2 response has blob version " + r.u8(PROOF) + "." + r.u8(PROOF + 1)
                    + ", expected 1.1");
        }
        byte[] blob = Arrays.copyOfRange(nt, PROOF, nt.length);
        // The AV pairs are followed by padding that Windows and others fill differently; parse up to MsvAvEOL.
        TargetInfo info = TargetInfo.parse(Arrays.copyOfRange(nt, PROOF + BLOB_HEADER, nt.length),
                "NTLMv2 response");
        return new NtlmV2Response(Arrays.copyOf(nt, PROOF), blob, r.u64(PROOF + 8), r.bytes(PROOF + 16, 8), info);
    }

    @Override
    public String toString() {
        return "NtlmV2Response[blob=" + blob.length + " bytes, " + targetInfo + "]";
    }
}
