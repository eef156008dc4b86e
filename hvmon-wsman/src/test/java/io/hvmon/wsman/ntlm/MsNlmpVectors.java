package io.hvmon.wsman.ntlm;

import java.nio.charset.StandardCharsets;

/**
 * The values of MS-NLMP 4.2.1 (common values) and 4.2.4 (NTLMv2 authentication). The CHALLENGE message's TargetName
 * length is 0x000c here; some copies of the document print 0x0003 (an erratum: "Server" is 12 bytes of UTF-16).
 */
final class MsNlmpVectors {

    static final String USER = "User";
    static final String DOMAIN = "Domain";
    static final String PASSWORD = "Password";
    static final String WORKSTATION = "COMPUTER";
    static final byte[] SERVER_CHALLENGE = Hex.bytes("0123456789abcdef");
    static final byte[] CLIENT_CHALLENGE = Hex.bytes("aaaaaaaaaaaaaaaa");
    static final byte[] RANDOM_SESSION_KEY = Hex.bytes("55555555555555555555555555555555");
    static final long TIME = 0;
    static final NtlmVersion VERSION = new NtlmVersion(5, 1, 2600, 15);

    // 4.2.4.1 Calculations
    static final byte[] NTOWF_V2 = Hex.bytes("0c868a403bfd7a93a3001ef22ef02e3f");
    static final byte[] SESSION_BASE_KEY = Hex.bytes("8de40ccadbc14a82f15cb0ad0de95ca3");
    static final byte[] TARGET_INFO = Hex.bytes("""
            02000c00 44006f006d00610069006e00
            01000c00 530065007200760065007200
            00000000""");
    static final byte[] TEMP = Hex.bytes("""
            0101000000000000 0000000000000000 aaaaaaaaaaaaaaaa 00000000
            02000c00 44006f006d00610069006e00 01000c00 530065007200760065007200 00000000
            00000000""");

    // 4.2.4.2 Results
    static final byte[] LMV2_RESPONSE = Hex.bytes("86c35097ac9cec102554764a57cccc19 aaaaaaaaaaaaaaaa");
    static final byte[] NT_PROOF_STR = Hex.bytes("68cd0ab851e51c96aabc927bebef6a1c");
    static final byte[] ENCRYPTED_SESSION_KEY = Hex.bytes("c5dad2544fc9799094ce1ce90bc9d03e");

    // 4.2.4.3 Messages
    static final int CHALLENGE_FLAGS = 0xe28a8233;
    static final int AUTHENTICATE_FLAGS = 0xe2888235;
    static final byte[] CHALLENGE_MESSAGE = Hex.bytes("""
            4e544c4d53535000 02000000 0c000c0038000000 33828ae2 0123456789abcdef 0000000000000000
            2400240044000000 060070170000000f 530065007200760065007200
            02000c0044006f006d00610069006e00 01000c00530065007200760065007200 00000000""");
    static final byte[] AUTHENTICATE_MESSAGE = Hex.bytes("""
            4e544c4d53535000 03000000 180018006c000000 5400540084000000 0c000c0048000000
            0800080054000000 100010005c000000 10001000d8000000 358288e2 0501280a0000000f
            44006f006d00610069006e00 5500730065007200 43004f004d0050005500540045005200
            86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa
            68cd0ab851e51c96aabc927bebef6a1c 0101000000000000 0000000000000000 aaaaaaaaaaaaaaaa 00000000
            02000c0044006f006d00610069006e00 01000c00530065007200760065007200 00000000 00000000
            c5dad2544fc9799094ce1ce90bc9d03e""");

    // 4.2.4.4 GSS_WrapEx
    static final byte[] SEAL_KEY_C2S = Hex.bytes("59f600973cc4960a25480a7c196e4c58");
    static final byte[] SIGN_KEY_C2S = Hex.bytes("4788dc861b4782f35d43fd98fe1a2d39");
    static final byte[] PLAINTEXT = "Plaintext".getBytes(StandardCharsets.UTF_16LE);
    static final byte[] CHECKSUM_BEFORE_RC4 = Hex.bytes("70352851f2564309");
    static final byte[] SEALED = Hex.bytes("54e50165bf1936dc996020c1811b0f06fb5f");
    static final byte[] SIGNATURE = Hex.bytes("01000000 7fb38ec5c55d4976 00000000");

    private MsNlmpVectors() {
    }
}
