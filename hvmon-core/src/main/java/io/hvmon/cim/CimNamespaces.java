package io.hvmon.cim;

/** The WMI namespaces hvmon reads, in the forward-slash spelling WS-Management uses. */
public final class CimNamespaces {

    /** Hyper-V's v2 provider (Server 2012 and later). */
    public static final String VIRTUALIZATION_V2 = "root/virtualization/v2";
    /** The Win32 classes: operating system, computer system, performance counters. */
    public static final String CIMV2 = "root/cimv2";

    private CimNamespaces() {
    }

    /** {@code root\virtualization\v2} and {@code /root/virtualization/v2/} both become {@code root/virtualization/v2}. */
    public static String normalize(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            return VIRTUALIZATION_V2;
        }
        String ns = namespace.trim().replace('\\', '/');
        while (ns.startsWith("/")) {
            ns = ns.substring(1);
        }
        while (ns.endsWith("/")) {
            ns = ns.substring(0, ns.length() - 1);
        }
        return ns.toLowerCase(java.util.Locale.ROOT);
    }
}
