package io.hvmon.wsman.soap;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;

/** Maps a fault to a {@link CimException}: by subcode first, then by the Windows or CIM error number it carries. */
final class FaultKinds {

    private static final long WIN32_ACCESS_DENIED = 5;
    private static final long WBEM_E_NOT_FOUND = 0x80041002L;
    private static final long WBEM_E_ACCESS_DENIED = 0x80041003L;
    private static final long WBEM_E_INVALID_NAMESPACE = 0x8004100EL;
    private static final long WBEM_E_INVALID_CLASS = 0x80041010L;
    private static final long WBEM_E_INVALID_QUERY = 0x80041017L;
    private static final long CIM_ERR_ACCESS_DENIED = 2;
    private static final long CIM_ERR_INVALID_NAMESPACE = 3;
    private static final long CIM_ERR_NOT_FOUND = 6;

    private record Meaning(Kind kind, String words) {
    }

    private FaultKinds() {
    }

    static CimException toException(WsManFault fault) {
        Meaning meaning = bySubcode(fault.subcode());
        if (meaning.kind() == Kind.FAULT) {
            Kind byNumber = byNumber(fault);
            if (byNumber != null) {
                meaning = new Meaning(byNumber, meaning.words());
            }
        }
        return new CimException(meaning.kind(), message(fault, meaning.words()));
    }

    private static Meaning bySubcode(String subcode) {
        return switch (subcode == null ? "" : subcode) {
            case "CannotProcessFilter" -> new Meaning(Kind.INVALID_QUERY, "cannot process filter");
            case "InvalidSelectors" -> new Meaning(Kind.NOT_FOUND, "invalid selectors");
            case "DestinationUnreachable" -> new Meaning(Kind.NOT_FOUND, "unknown resource");
            case "AccessDenied" -> new Meaning(Kind.ACCESS_DENIED, "access denied");
            case "TimedOut" -> new Meaning(Kind.TIMEOUT, "timed out");
            case "InvalidEnumerationContext" -> new Meaning(Kind.FAULT, "invalid enumeration context");
            case "EncodingLimit" -> new Meaning(Kind.PROTOCOL, "encoding limit exceeded");
            case "QuotaLimit" -> new Meaning(Kind.FAULT, "quota limit reached");
            case "InternalError" -> new Meaning(Kind.FAULT, "internal error");
            case "FilterDialectRequestedUnavailable" -> new Meaning(Kind.UNSUPPORTED, "filter dialect not supported");
            case "ActionNotSupported" -> new Meaning(Kind.UNSUPPORTED, "action not supported");
            case "SchemaValidationError" -> new Meaning(Kind.PROTOCOL, "request refused as malformed");
            case "InvalidMessageInformationHeader", "MessageInformationHeaderRequired" ->
                    new Meaning(Kind.PROTOCOL, "invalid message header");
            case "" -> new Meaning(Kind.FAULT, "fault");
            default -> new Meaning(Kind.FAULT, words(subcode));
        };
    }

    // A generic subcode (InternalError, or an unknown one) can still carry a telling error number.
    private static Kind byNumber(WsManFault fault) {
        Long code = fault.wsmanCode();
        Long wmiCode = fault.wmiError() == null ? null : fault.wmiError().integer("error_Code");
        Long cimStatus = fault.wmiError() == null ? null : fault.wmiError().integer("CIMStatusCode");
        for (Long n : new Long[] {code, wmiCode}) {
            if (n == null) {
                continue;
            }
            if (n == WIN32_ACCESS_DENIED || n == WBEM_E_ACCESS_DENIED) {
                return Kind.ACCESS_DENIED;
            }
            if (n == WBEM_E_NOT_FOUND || n == WBEM_E_INVALID_NAMESPACE || n == WBEM_E_INVALID_CLASS) {
                return Kind.NOT_FOUND;
            }
            if (n == WBEM_E_INVALID_QUERY) {
                return Kind.INVALID_QUERY;
            }
        }
        if (cimStatus != null) {
            if (cimStatus == CIM_ERR_ACCESS_DENIED) {
                return Kind.ACCESS_DENIED;
            }
            if (cimStatus == CIM_ERR_NOT_FOUND || cimStatus == CIM_ERR_INVALID_NAMESPACE) {
                return Kind.NOT_FOUND;
            }
        }
        return null;
    }

    private static String message(WsManFault fault, String words) {
        StringBuilder m = new StringBuilder(words).append(" (");
        m.append(fault.subcodeName() != null ? fault.subcodeName() : "s:" + fault.code());
        if (fault.wsmanCode() != null) {
            m.append(", WSManFault ").append(fault.wsmanCode());
        } else if (fault.wmiError() != null && fault.wmiError().integer("error_Code") != null) {
            m.append(", WMI error ").append(fault.wmiError().string("error_Code"));
        }
        m.append(')');
        String text = fault.bestMessage();
        return text.isEmpty() ? m.toString() : m.append(": ").append(text).toString();
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
