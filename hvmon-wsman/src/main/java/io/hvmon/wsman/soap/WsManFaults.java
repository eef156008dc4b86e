package io.hvmon.wsman.soap;

/**
 * The faults a WS-Man server sends, with Windows' subcodes, error numbers and texts (wsman.md §5.2; texts from the
 * ERROR_WSMAN_* message table). All travel with HTTP 500, as Windows sends them.
 */
public final class WsManFaults {

    public static final int HTTP_STATUS = 500;

    public static final long ENUMERATE_CANNOT_PROCESS_FILTER = 2150858778L;           // 0x8033801A
    public static final long ENUMERATE_INVALID_ENUMERATION_CONTEXT = 2150858779L;     // 0x8033801B
    public static final long OPERATION_TIMEDOUT = 2150858793L;                        // 0x80338029
    public static final long ENCODING_LIMIT = 2150858805L;                            // 0x80338035
    public static final long INVALID_RESOURCE_URI = 2150858811L;                      // 0x8033803B
    public static final long INVALID_SELECTORS = 2150858813L;                         // 0x8033803D
    public static final long SCHEMA_VALIDATION_ERROR = 2150858817L;                   // 0x80338041
    public static final long MAX_ENVELOPE_SIZE_EXCEEDED = 2150858824L;                // 0x80338048
    public static final long MIN_ENVELOPE_SIZE = 2150858878L;                         // 0x8033807E
    public static final long INVALID_ACTION_URI = 2150858753L;                        // 0x80338001
    public static final long INSUFFICIENT_SELECTORS = 2150858842L;                    // 0x8033805A
    public static final long UNEXPECTED_SELECTORS = 2150858843L;                      // 0x8033805B
    public static final long INVALID_SELECTOR_VALUE = 2150858845L;                    // 0x8033805D
    public static final long AMBIGUOUS_SELECTORS = 2150858846L;                       // 0x8033805E
    public static final long WIN32_ACCESS_DENIED = 5L;
    public static final long E_FAIL = 2147500037L;                                    // 0x80004005

    public static final String FAULT_DETAIL = "http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/";

    /** Why selectors were refused: the DSP0226 fault detail and the Windows error number. */
    public enum SelectorProblem {
        INSUFFICIENT("InsufficientSelectors", INSUFFICIENT_SELECTORS,
                "The WS-Management service cannot process the request because the request did not contain all required selectors."),
        UNEXPECTED("UnexpectedSelectors", UNEXPECTED_SELECTORS,
                "The WS-Management service cannot process the request because the request contained invalid selectors for the resource."),
        INVALID_VALUE("InvalidValue", INVALID_SELECTOR_VALUE,
                "The WS-Management service cannot process the request because a value for the selector is invalid."),
        AMBIGUOUS("AmbiguousSelectors", AMBIGUOUS_SELECTORS,
                "The WS-Management service cannot process the request because the selectors for the resource are ambiguous.");

        final String detail;
        final long code;
        final String text;

        SelectorProblem(String detail, long code, String text) {
            this.detail = detail;
            this.code = code;
            this.text = text;
        }
    }

    private WsManFaults() {
    }

    /** Bad WQL or an unknown class, e.g. message "The specified class does not exist in the given namespace. ". */
    public static WsManFault cannotProcessFilter(String machine, String message) {
        return fault(WsManFault.SENDER, WsNs.ENUMERATION, "CannotProcessFilter",
                "The data source could not process the filter. The filter might be missing or it might be invalid. "
                        + "Change the filter and try the request again.  ",
                null, ENUMERATE_CANNOT_PROCESS_FILTER, machine, message);
    }

    /** A resource URI that names nothing this server has. */
    public static WsManFault destinationUnreachable(String machine, String resourceUri) {
        String text = "The WS-Management service cannot process the request. The resource URI is missing or it has an "
                + "incorrect format. Check the documentation or use the following command for information on how to "
                + "construct a resource URI: \"winrm help uris\". ";
        return fault(WsManFault.SENDER, WsNs.ADDRESSING, "DestinationUnreachable", text,
                FAULT_DETAIL + "InvalidResourceURI", INVALID_RESOURCE_URI, machine,
                resourceUri == null ? text : text + "Resource URI: " + resourceUri);
    }

    public static WsManFault invalidSelectors(String machine, SelectorProblem problem) {
        return fault(WsManFault.SENDER, WsNs.WSMAN, "InvalidSelectors",
                "The WS-Management service cannot process the request because the selectors for the resource are not valid. ",
                FAULT_DETAIL + problem.detail, problem.code, machine, problem.text);
    }

    /** An unknown, expired or released enumeration context. */
    public static WsManFault invalidEnumerationContext(String machine) {
        String text = "The WS-Enumeration context in the enumeration is not valid. Enumeration may have been completed "
                + "or canceled. You cannot use this enumeration context anymore. Start a new enumeration. ";
        return fault(WsManFault.RECEIVER, WsNs.ENUMERATION, "InvalidEnumerationContext", text, null,
                ENUMERATE_INVALID_ENUMERATION_CONTEXT, machine, text);
    }

    /** A single item larger than the client's MaxEnvelopeSize. */
    public static WsManFault responseTooLarge(String machine) {
        return encodingLimit(machine, "MaxEnvelopeSize", MAX_ENVELOPE_SIZE_EXCEEDED,
                "The response that the WS-Management service computed exceeds the maximum envelope size in the request. ");
    }

    /** A MaxEnvelopeSize below 8192, which the server MUST refuse (MS-WSMV 3.1.4.1.7). */
    public static WsManFault envelopeSizeTooSmall(String machine) {
        return encodingLimit(machine, "MinimumEnvelopeLimit", MIN_ENVELOPE_SIZE,
                "The WS-Management service cannot process the request because the envelope size in the request is too small. ");
    }

    /** A request over the server's size or structure limits. */
    public static WsManFault requestTooLarge(String machine, String detail) {
        return encodingLimit(machine, "ServiceEnvelopeLimit", ENCODING_LIMIT,
                "The WS-Management service cannot process the request because the encoding of the request exceeds an "
                        + "internal encoding limit. Reconfigure the client to send messages which fit the encoding limits "
                        + "of the service. " + (detail == null ? "" : detail));
    }

    private static WsManFault encodingLimit(String machine, String detail, long code, String text) {
        return fault(WsManFault.SENDER, WsNs.WSMAN, "EncodingLimit",
                "The WS-Management service cannot process the request because the encoding of the request exceeds an "
                        + "internal encoding limit. ",
                FAULT_DETAIL + detail, code, machine, text);
    }

    public static WsManFault accessDenied(String machine) {
        return fault(WsManFault.SENDER, WsNs.WSMAN, "AccessDenied", "Access is denied. ", null, WIN32_ACCESS_DENIED,
                machine, "Access is denied. ");
    }

    public static WsManFault timedOut(String machine) {
        String text = "The WS-Management service cannot complete the operation within the time specified in OperationTimeout.  ";
        return fault(WsManFault.RECEIVER, WsNs.WSMAN, "TimedOut", text, null, OPERATION_TIMEDOUT, machine, text);
    }

    /** Anything else that went wrong on the server, e.g. a failing provider. */
    public static WsManFault internalError(String machine, long code, String message) {
        // Windows repeats the message as the reason here (wsman.md §3.3, the concurrent-operations fault).
        String text = message == null || message.isBlank() ? "The WS-Management service cannot process the request. " : message;
        return fault(WsManFault.RECEIVER, WsNs.WSMAN, "InternalError", text, null, code, machine, text);
    }

    public static WsManFault actionNotSupported(String machine, String action) {
        String text = "The WS-Management service cannot process the request because the WS-Addressing Action URI in the "
                + "request is not compatible with the resource. ";
        return fault(WsManFault.SENDER, WsNs.ADDRESSING, "ActionNotSupported", text, null, INVALID_ACTION_URI, machine,
                action == null ? text : text + "Action: " + action);
    }

    /** A request that is not XML, not SOAP, or misses what its action needs. */
    public static WsManFault schemaValidation(String machine, String detail) {
        String text = "The SOAP XML in the message does not match the corresponding XML schema definition. Change the XML and retry. ";
        return fault(WsManFault.SENDER, WsNs.WSMAN, "SchemaValidationError", text, null, SCHEMA_VALIDATION_ERROR,
                machine, detail == null ? text : text + detail);
    }

    private static WsManFault fault(String code, String subcodeNamespace, String subcode, String reason,
                                    String faultDetail, long wsmanCode, String machine, String message) {
        return new WsManFault(null, code, subcodeNamespace, subcode, reason, faultDetail, wsmanCode, machine, message,
                null, null, HTTP_STATUS);
    }
}
