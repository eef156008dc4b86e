package io.hvmon.app.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * What per-client limits count by: an IPv4 address (IPv4-mapped IPv6 included), or an IPv6 /64, since one machine
 * usually holds a whole /64 and could otherwise dodge a limit by changing its address.
 */
public final class AddressBucket {

    private AddressBucket() {
    }

    public static String of(InetAddress address) {
        byte[] bytes = IpLiteral.canonicalBytes(address);
        if (address instanceof Inet6Address && bytes.length == 16) {
            return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
        }
        return HexFormat.of().formatHex(bytes);
    }
}
