package io.hvmon.windows.wmi.jna;

import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.WTypes;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.PointerByReference;
import io.hvmon.windows.wmi.Com;
import io.hvmon.windows.wmi.ComException;

/**
 * The real {@link Com}, over JNA: COM initialized multithreaded on the session's thread, process-wide security set
 * once (tolerating {@code RPC_E_TOO_LATE} when someone else set it first), a locator per connection, and the proxy
 * blanket WMI needs for impersonation. Windows only: nothing here may be loaded elsewhere.
 */
public final class JnaCom implements Com {

    /** ConnectServer returns within two minutes even if WMI does not answer. */
    private static final int WBEM_FLAG_CONNECT_USE_MAX_WAIT = 0x80;
    private static final Object SECURITY_LOCK = new Object();
    private static boolean securitySet;

    @Override
    public void initializeThread() throws ComException {
        check(Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_MULTITHREADED), "CoInitializeEx");
        try {
            initializeSecurityOnce();
        } catch (ComException e) {
            Ole32.INSTANCE.CoUninitialize();
            throw e;
        }
    }

    private static void initializeSecurityOnce() throws ComException {
        synchronized (SECURITY_LOCK) {
            if (securitySet) {
                return;
            }
            HRESULT hr = Ole32.INSTANCE.CoInitializeSecurity(null, -1, null, null, Ole32.RPC_C_AUTHN_LEVEL_DEFAULT,
                    Ole32.RPC_C_IMP_LEVEL_IMPERSONATE, null, Ole32.EOAC_NONE, null);
            if (hr.intValue() != WinError.RPC_E_TOO_LATE) { // already set by someone else: theirs stays
                check(hr, "CoInitializeSecurity");
            }
            securitySet = true;
        }
    }

    @Override
    public void uninitializeThread() {
        Ole32.INSTANCE.CoUninitialize();
    }

    @Override
    public Services connect(String comNamespace) throws ComException {
        PointerByReference locatorRef = new PointerByReference();
        check(Ole32.INSTANCE.CoCreateInstance(Wbemcli.IWbemLocator.CLSID_WbemLocator, null,
                WTypes.CLSCTX_INPROC_SERVER, Wbemcli.IWbemLocator.IID_IWbemLocator, locatorRef), "CoCreateInstance(WbemLocator)");
        Wbemcli.IWbemLocator locator = new Wbemcli.IWbemLocator();
        locator.setPointer(locatorRef.getValue());
        WTypes.BSTR namespace = OleAuto.INSTANCE.SysAllocString(comNamespace);
        try {
            PointerByReference servicesRef = new PointerByReference();
            check(locator.ConnectServer(namespace, null, null, null, WBEM_FLAG_CONNECT_USE_MAX_WAIT, null, null,
                    servicesRef), "IWbemLocator::ConnectServer");
            Wbemcli.IWbemServices services = new Wbemcli.IWbemServices(servicesRef.getValue());
            HRESULT blanket = Ole32.INSTANCE.CoSetProxyBlanket(services, Ole32.RPC_C_AUTHN_WINNT,
                    Ole32.RPC_C_AUTHZ_NONE, null, Ole32.RPC_C_AUTHN_LEVEL_CALL, Ole32.RPC_C_IMP_LEVEL_IMPERSONATE,
                    null, Ole32.EOAC_NONE);
            if (COMUtils.FAILED(blanket)) {
                services.Release();
                throw new ComException(blanket.intValue(), "CoSetProxyBlanket");
            }
            return new JnaServices(services);
        } finally {
            OleAuto.INSTANCE.SysFreeString(namespace);
            locator.Release();
        }
    }

    static void check(HRESULT hr, String call) throws ComException {
        if (COMUtils.FAILED(hr)) {
            throw new ComException(hr.intValue(), call);
        }
    }
}
