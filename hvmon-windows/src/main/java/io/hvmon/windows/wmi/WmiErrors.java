package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import io.hvmon.cim.CimNamespaces;

import java.util.Locale;

/**
 * HRESULTs from COM and WMI in plain words, as {@link CimException}s whose kind tells callers (and the status page)
 * what happened. Each message says what failed, why where known, and what to do; the code is kept in hex so it can
 * be looked up.
 */
public final class WmiErrors {

    public static final int E_ACCESSDENIED = 0x80070005;
    public static final int E_OUTOFMEMORY = 0x8007000E;
    public static final int WBEM_E_FAILED = 0x80041001;
    public static final int WBEM_E_NOT_FOUND = 0x80041002;
    public static final int WBEM_E_ACCESS_DENIED = 0x80041003;
    public static final int WBEM_E_PROVIDER_FAILURE = 0x80041004;
    public static final int WBEM_E_TYPE_MISMATCH = 0x80041005;
    public static final int WBEM_E_OUT_OF_MEMORY = 0x80041006;
    public static final int WBEM_E_INVALID_PARAMETER = 0x80041008;
    public static final int WBEM_E_NOT_SUPPORTED = 0x8004100C;
    public static final int WBEM_E_INVALID_NAMESPACE = 0x8004100E;
    public static final int WBEM_E_INVALID_CLASS = 0x80041010;
    public static final int WBEM_E_PROVIDER_NOT_FOUND = 0x80041011;
    public static final int WBEM_E_TRANSPORT_FAILURE = 0x80041015;
    public static final int WBEM_E_INVALID_QUERY = 0x80041017;
    public static final int WBEM_E_INVALID_QUERY_TYPE = 0x80041018;
    public static final int WBEM_E_INVALID_METHOD = 0x8004102E;
    public static final int WBEM_E_INVALID_METHOD_PARAMETERS = 0x8004102F;
    public static final int WBEM_E_SHUTTING_DOWN = 0x80041033;
    public static final int WBEM_E_PROVIDER_LOAD_FAILURE = 0x80041013;
    public static final int WBEM_E_QUOTA_VIOLATION = 0x8004106C;
    public static final int WBEM_E_TIMED_OUT = 0x80043001;
    public static final int RPC_E_DISCONNECTED = 0x80010108;
    public static final int RPC_E_SERVERFAULT = 0x80010105;
    public static final int RPC_S_SERVER_UNAVAILABLE = 0x800706BA;
    public static final int RPC_S_CALL_FAILED = 0x800706BE;
    public static final int CO_E_NOTINITIALIZED = 0x800401F0;
    public static final int REGDB_E_CLASSNOTREG = 0x80040154;

    private static final String RUN_AS = "run hvmon as LocalSystem (the service's default account) or as a member"
            + " of the local \"Hyper-V Administrators\" group";
    private static final String RECONNECT = "hvmon reconnects at the next poll";

    private WmiErrors() {
    }

    /** {@code 0x8004100E}. */
    public static String hex(int hresult) {
        return String.format(Locale.ROOT, "0x%08X", hresult);
    }

    /**
     * @param e         what COM returned
     * @param namespace the namespace the call was for, e.g. {@code root/virtualization/v2}
     * @param what      what hvmon was doing, e.g. {@code query 'SELECT Name FROM Msvm_SummaryInformation'}
     */
    public static CimException toCimException(ComException e, String namespace, String what) {
        int hr = e.hresult();
        String code = " [" + e.call() + " " + hex(hr) + "]";
        String ns = CimNamespaces.normalize(namespace);
        return switch (hr) {
            case WBEM_E_INVALID_NAMESPACE -> new CimException(Kind.NOT_FOUND, invalidNamespace(ns) + code, e);
            case WBEM_E_ACCESS_DENIED, E_ACCESSDENIED -> new CimException(Kind.ACCESS_DENIED,
                    "access denied to WMI namespace " + winNamespace(ns) + " while trying to " + what + ": " + RUN_AS
                            + code, e);
            case WBEM_E_INVALID_CLASS -> new CimException(Kind.INVALID_QUERY,
                    "invalid class: WMI namespace " + winNamespace(ns) + " has no such class (" + what + ")" + code, e);
            case WBEM_E_INVALID_QUERY, WBEM_E_INVALID_QUERY_TYPE -> new CimException(Kind.INVALID_QUERY,
                    "WMI refused the query as invalid (" + what + "): a property or the WQL syntax is wrong" + code, e);
            case WBEM_E_NOT_FOUND -> new CimException(Kind.NOT_FOUND, "not found: " + what + code, e);
            case WBEM_E_INVALID_METHOD, WBEM_E_INVALID_METHOD_PARAMETERS, WBEM_E_INVALID_PARAMETER,
                 WBEM_E_TYPE_MISMATCH -> new CimException(Kind.INVALID_QUERY,
                    "WMI refused the call (" + what + "): invalid method or parameters" + code, e);
            case WBEM_E_TIMED_OUT -> new CimException(Kind.TIMEOUT,
                    "WMI timed out (" + what + "); a WMI provider may be busy or hung" + code, e);
            case RPC_E_DISCONNECTED, RPC_S_SERVER_UNAVAILABLE, RPC_S_CALL_FAILED, RPC_E_SERVERFAULT,
                 WBEM_E_TRANSPORT_FAILURE, WBEM_E_SHUTTING_DOWN -> new CimException(Kind.UNREACHABLE,
                    "lost the connection to the WMI service (it was restarted or is stopping) while trying to " + what
                            + "; " + RECONNECT + code, e);
            case WBEM_E_PROVIDER_FAILURE, WBEM_E_PROVIDER_LOAD_FAILURE, WBEM_E_PROVIDER_NOT_FOUND -> new CimException(
                    Kind.FAULT, "a WMI provider failed (" + what + "); if it lasts, check that the Hyper-V Virtual"
                            + " Machine Management service (vmms) and the WMI service (winmgmt) are running" + code, e);
            case WBEM_E_QUOTA_VIOLATION, WBEM_E_OUT_OF_MEMORY, E_OUTOFMEMORY -> new CimException(Kind.FAULT,
                    "WMI ran out of resources (" + what + "); " + RECONNECT + code, e);
            case WBEM_E_NOT_SUPPORTED -> new CimException(Kind.UNSUPPORTED,
                    "WMI does not support this (" + what + ")" + code, e);
            case REGDB_E_CLASSNOTREG -> new CimException(Kind.UNSUPPORTED,
                    "WMI is not available on this machine (the WbemLocator COM class is not registered)" + code, e);
            case CO_E_NOTINITIALIZED -> new CimException(Kind.PROTOCOL,
                    "COM was not initialized on the calling thread (" + what + "); this is a bug in hvmon" + code, e);
            default -> new CimException(Kind.FAULT, "WMI failed (" + what + ")" + code, e);
        };
    }

    /** Whether the connection to WMI is gone and must be made anew. */
    public static boolean isDisconnected(int hresult) {
        return switch (hresult) {
            case RPC_E_DISCONNECTED, RPC_S_SERVER_UNAVAILABLE, RPC_S_CALL_FAILED, RPC_E_SERVERFAULT,
                 WBEM_E_TRANSPORT_FAILURE, WBEM_E_SHUTTING_DOWN -> true;
            default -> false;
        };
    }

    private static String invalidNamespace(String ns) {
        if (ns.equals(CimNamespaces.VIRTUALIZATION_V2)) {
            return "Hyper-V is not installed on this machine (no root\\virtualization\\v2); install the Hyper-V role,"
                    + " or run hvmon as a collector elsewhere and list Hyper-V hosts under \"hosts\"";
        }
        return "WMI namespace " + winNamespace(ns) + " does not exist on this machine";
    }

    private static String winNamespace(String ns) {
        return ns.replace('/', '\\');
    }
}
