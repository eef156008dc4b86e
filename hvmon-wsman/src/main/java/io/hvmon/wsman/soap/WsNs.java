package io.hvmon.wsman.soap;

/**
 * The XML namespaces and action URIs of WS-Management as Windows speaks it, with the prefixes Windows writes
 * (wsman.md §1). Parsers never rely on prefixes; writers use these so the output looks like Windows' own.
 */
public final class WsNs {

    public static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    public static final String ADDRESSING = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    public static final String ENUMERATION = "http://schemas.xmlsoap.org/ws/2004/09/enumeration";
    public static final String TRANSFER = "http://schemas.xmlsoap.org/ws/2004/09/transfer";
    public static final String EVENTING = "http://schemas.xmlsoap.org/ws/2004/08/eventing";
    public static final String WSMAN = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    public static final String MS_WSMAN = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";
    public static final String CIM_BINDING = "http://schemas.dmtf.org/wbem/wsman/1/cimbinding.xsd";
    public static final String WSMAN_FAULT = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
    public static final String CIM = "http://schemas.dmtf.org/wbem/wscim/1/common";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String IDENTITY = "http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    public static final String ANONYMOUS = ADDRESSING + "/role/anonymous";
    public static final String WQL_DIALECT = "http://schemas.microsoft.com/wbem/wsman/1/WQL";

    public static final String ACTION_ENUMERATE = ENUMERATION + "/Enumerate";
    public static final String ACTION_ENUMERATE_RESPONSE = ENUMERATION + "/EnumerateResponse";
    public static final String ACTION_PULL = ENUMERATION + "/Pull";
    public static final String ACTION_PULL_RESPONSE = ENUMERATION + "/PullResponse";
    public static final String ACTION_RELEASE = ENUMERATION + "/Release";
    public static final String ACTION_RELEASE_RESPONSE = ENUMERATION + "/ReleaseResponse";
    public static final String ACTION_GET = TRANSFER + "/Get";
    public static final String ACTION_GET_RESPONSE = TRANSFER + "/GetResponse";
    public static final String ACTION_ENUMERATION_FAULT = ENUMERATION + "/fault";
    public static final String ACTION_ADDRESSING_FAULT = ADDRESSING + "/fault";
    public static final String ACTION_WSMAN_FAULT = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault";

    private WsNs() {
    }

    /** The prefix Windows writes for a namespace, or null for one it has no fixed prefix for. */
    public static String prefixOf(String namespaceUri) {
        return switch (namespaceUri == null ? "" : namespaceUri) {
            case SOAP -> "s";
            case ADDRESSING -> "a";
            case ENUMERATION -> "n";
            case TRANSFER -> "x";
            case EVENTING -> "e";
            case WSMAN -> "w";
            case MS_WSMAN -> "p";
            case CIM_BINDING -> "b";
            case WSMAN_FAULT -> "f";
            case CIM -> "cim";
            case XSI -> "xsi";
            case IDENTITY -> "wsmid";
            default -> null;
        };
    }
}
