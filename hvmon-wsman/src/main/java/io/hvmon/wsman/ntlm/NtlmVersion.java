package io.hvmon.wsman.ntlm;

/** The 8-byte VERSION structure (MS-NLMP 2.2.2.10); informational only, never used for decisions. */
public record NtlmVersion(int major, int minor, int build, int revision) {

    /** NTLMSSP_REVISION_W2K3, the only current revision. */
    public static final int REVISION_W2K3 = 15;

    /** What hvmon sends: 10.0, build 0 (it is not Windows), revision 15. */
    public static final NtlmVersion HVMON = new NtlmVersion(10, 0, 0, REVISION_W2K3);

    byte[] encode() {
        return new ByteWriter(8).u8(major).u8(minor).u16(build).u8(0).u16(0).u8(revision).toByteArray();
    }

    static NtlmVersion read(ByteReader r, int offset) throws NtlmException {
        return new NtlmVersion(r.u8(offset), r.u8(offset + 1), r.u16(offset + 2), r.u8(offset + 7));
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + build + "/" + revision;
    }
}
