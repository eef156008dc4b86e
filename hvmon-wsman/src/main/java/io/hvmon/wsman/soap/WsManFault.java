package io.hvmon.wsman.soap;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import java.util.Objects;

/**
 * A SOAP fault as Windows sends it (wsman.md §5): code, subcode, reason, and the detail Windows adds: an
 * {@code f:WSManFault} (code, machine, message, provider) and/or an {@code MSFT_WmiError} instance.
 *
 * @param action            the fault's wsa:Action (…/enumeration/fault, …/addressing/fault, …/wsman/fault)
 * @param code              {@code Sender} or {@code Receiver} (the local part of s:Code/s:Value)
 * @param subcodeNamespace  namespace of the subcode, e.g. {@link WsNs#ENUMERATION}
 * @param subcode           local part of the subcode, e.g. {@code CannotProcessFilter}
 * @param reason            s:Reason/s:Text, verbatim (Windows ends it with spaces)
 * @param faultDetail       a DSP0226 w:FaultDetail URI, or null
 * @param wsmanCode         f:WSManFault/@Code (a Windows error number), or null
 * @param machine           f:WSManFault/@Machine, or null
 * @param message           the most specific f:Message text (a provider's nested message wins), or null
 * @param provider          f:ProviderFault/@provider, or null
 * @param wmiError          the MSFT_WmiError detail instance, or null
 * @param httpStatus        the HTTP status the fault travels with (Windows: 500)
 */
public record WsManFault(String action, String code, String subcodeNamespace, String subcode, String reason,
                         String faultDetail, Long wsmanCode, String machine, String message, String provider,
                         CimInstance wmiError, int httpStatus) implements ResponseBody {

    public static final String SENDER = "Sender";
    public static final String RECEIVER = "Receiver";

    public WsManFault {
        Objects.requireNonNull(code, "code");
        subcodeNamespace = subcodeNamespace == null ? "" : subcodeNamespace;
        reason = reason == null ? "" : reason;
        if (action == null) {
            action = defaultAction(subcodeNamespace);
        }
    }

    /** The fault action Windows pairs with a subcode's namespace. */
    public static String defaultAction(String subcodeNamespace) {
        return switch (subcodeNamespace == null ? "" : subcodeNamespace) {
            case WsNs.ENUMERATION -> WsNs.ACTION_ENUMERATION_FAULT;
            case WsNs.ADDRESSING -> WsNs.ACTION_ADDRESSING_FAULT;
            default -> WsNs.ACTION_WSMAN_FAULT;
        };
    }

    /** The subcode as Windows writes it, e.g. {@code n:CannotProcessFilter}. */
    public String subcodeName() {
        if (subcode == null) {
            return null;
        }
        String prefix = WsNs.prefixOf(subcodeNamespace);
        return prefix == null ? subcode : prefix + ":" + subcode;
    }

    /** The text that says best what went wrong: the WSManFault message, else the WMI error's, else the reason. */
    public String bestMessage() {
        String text = message;
        if (isBlank(text) && wmiError != null) {
            text = wmiError.string("Message");
        }
        if (isBlank(text)) {
            text = reason;
        }
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The fault as hvmon reports it: the right {@link CimException.Kind} and a message in plain words. */
    public CimException toCimException() {
        return FaultKinds.toException(this);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
