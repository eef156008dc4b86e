package io.hvmon.wsman.ntlm;

import java.util.ArrayList;
import java.util.List;

/** NEGOTIATE flag bits (MS-NLMP 2.2.2.5) and the set this implementation sends. */
public final class NegotiateFlags {

    public static final int UNICODE = 0x00000001;
    public static final int OEM = 0x00000002;
    public static final int REQUEST_TARGET = 0x00000004;
    public static final int SIGN = 0x00000010;
    public static final int SEAL = 0x00000020;
    public static final int LM_KEY = 0x00000080;
    public static final int NTLM = 0x00000200;
    public static final int ANONYMOUS = 0x00000800;
    public static final int OEM_DOMAIN_SUPPLIED = 0x00001000;
    public static final int OEM_WORKSTATION_SUPPLIED = 0x00002000;
    public static final int ALWAYS_SIGN = 0x00008000;
    public static final int TARGET_TYPE_DOMAIN = 0x00010000;
    public static final int TARGET_TYPE_SERVER = 0x00020000;
    public static final int EXTENDED_SESSIONSECURITY = 0x00080000;
    public static final int IDENTIFY = 0x00100000;
    public static final int TARGET_INFO = 0x00800000;
    public static final int VERSION = 0x02000000;
    public static final int NEGOTIATE_128 = 0x20000000;
    public static final int KEY_EXCH = 0x40000000;
    public static final int NEGOTIATE_56 = 0x80000000;

    /** What Windows clients send and what {@link NtlmClient} sends: 0xE2888235. */
    public static final int CLIENT_DEFAULT = UNICODE | REQUEST_TARGET | SIGN | SEAL | NTLM | ALWAYS_SIGN
            | EXTENDED_SESSIONSECURITY | TARGET_INFO | VERSION | NEGOTIATE_128 | KEY_EXCH | NEGOTIATE_56;

    /** Bits a server grants only if the client asked for them; the rest of a CHALLENGE's flags are the server's. */
    static final int ECHOED = REQUEST_TARGET | SIGN | SEAL | ALWAYS_SIGN | VERSION | NEGOTIATE_128 | KEY_EXCH
            | NEGOTIATE_56;

    private static final String[] NAMES = {
        "UNICODE", "OEM", "REQUEST_TARGET", "r10", "SIGN", "SEAL", "DATAGRAM", "LM_KEY", "r9", "NTLM", "r8",
        "ANONYMOUS", "OEM_DOMAIN_SUPPLIED", "OEM_WORKSTATION_SUPPLIED", "r7", "ALWAYS_SIGN", "TARGET_TYPE_DOMAIN",
        "TARGET_TYPE_SERVER", "r6", "EXTENDED_SESSIONSECURITY", "IDENTIFY", "r5", "REQUEST_NON_NT_SESSION_KEY",
        "TARGET_INFO", "r4", "VERSION", "r3", "r2", "r1", "128", "KEY_EXCH", "56"
    };

    private NegotiateFlags() {
    }

    public static boolean has(int flags, int bit) {
        return (flags & bit) == bit;
    }

    /** "0xE2888235 [UNICODE, REQUEST_TARGET, ...]" for logs and messages. */
    public static String describe(int flags) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < 32; bit++) {
            if ((flags & (1 << bit)) != 0) {
                names.add(NAMES[bit]);
            }
        }
        return String.format("0x%08X %s", flags, names);
    }
}
