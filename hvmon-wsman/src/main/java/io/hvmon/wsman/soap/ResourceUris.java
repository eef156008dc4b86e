package io.hvmon.wsman.soap;

import io.hvmon.cim.CimNamespaces;

/**
 * WMI resource URIs: {@code http://schemas.microsoft.com/wbem/wsman/1/wmi/<namespace>/<Class>}, and the all-classes
 * form ending in {@code /*} that WQL enumerations must use (wsman.md §2).
 */
public final class ResourceUris {

    public static final String WMI_PREFIX = "http://schemas.microsoft.com/wbem/wsman/1/wmi/";
    /** DMTF-schema class URIs (e.g. MSFT_WmiError in fault details); they carry no namespace. */
    public static final String DMTF_PREFIX = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";

    /** A parsed resource URI: the namespace (forward slashes) and the class, {@code *} for the all-classes URI. */
    public record Parsed(String namespace, String className) {
        public boolean isAllClasses() {
            return "*".equals(className);
        }
    }

    private ResourceUris() {
    }

    public static String forClass(String namespace, String className) {
        return WMI_PREFIX + CimNamespaces.normalize(namespace) + "/" + className;
    }

    public static String allClasses(String namespace) {
        return forClass(namespace, "*");
    }

    /**
     * Splits a WMI resource URI, case-insensitively on the prefix as Windows matches it. Returns null for a URI
     * that is not a WMI one (the caller decides whether that is DestinationUnreachable).
     */
    public static Parsed parse(String uri) {
        if (uri == null) {
            return null;
        }
        String u = uri.strip();
        if (u.regionMatches(true, 0, DMTF_PREFIX, 0, DMTF_PREFIX.length()) && u.length() > DMTF_PREFIX.length()) {
            return new Parsed(null, u.substring(DMTF_PREFIX.length()));
        }
        if (!u.regionMatches(true, 0, WMI_PREFIX, 0, WMI_PREFIX.length())) {
            return null;
        }
        String rest = u.substring(WMI_PREFIX.length());
        int slash = rest.lastIndexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return null;
        }
        return new Parsed(CimNamespaces.normalize(rest.substring(0, slash)), rest.substring(slash + 1));
    }
}
