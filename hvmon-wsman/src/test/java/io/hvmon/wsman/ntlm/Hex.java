package io.hvmon.wsman.ntlm;

import java.util.HexFormat;

/** Test helper: hex with optional spaces, as MS-NLMP prints its examples. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
