package io.hvmon.wsman.ntlm;

import java.util.Locale;

/** The names a server announces in its CHALLENGE's TargetInfo. */
public record ServerIdentity(String netbiosComputerName, String netbiosDomainName, String dnsComputerName,
                             String dnsDomainName) {

    /**
     * A workgroup (non-domain) host as Windows describes itself: the NetBIOS domain is the computer name, and the DNS
     * domain is the DNS computer name.
     */
    public static ServerIdentity standalone(String hostName) {
        String netbios = hostName.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        netbios = netbios.substring(0, Math.min(15, netbios.length()));
        return new ServerIdentity(netbios, netbios, hostName, hostName);
    }
}
