package io.hvmon.windows.wmi.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.WTypes.BSTR;
import com.sun.jna.ptr.PointerByReference;
import io.hvmon.windows.wmi.Com;
import io.hvmon.windows.wmi.ComException;

/** {@code IWbemServices} of one namespace. */
final class JnaServices implements Com.Services {

    /** Semisynchronous and forward-only: Microsoft's recommended way to enumerate, with bounded memory in WMI. */
    private static final int QUERY_FLAGS = Wbemcli.WBEM_FLAG_FORWARD_ONLY | Wbemcli.WBEM_FLAG_RETURN_IMMEDIATELY;

    private final Wbemcli.IWbemServices services;

    JnaServices(Wbemcli.IWbemServices services) {
        this.services = services;
    }

    @Override
    public Com.Enumerator execQuery(String wql) throws ComException {
        BSTR language = OleAuto.INSTANCE.SysAllocString("WQL");
        BSTR query = OleAuto.INSTANCE.SysAllocString(wql);
        try {
            PointerByReference result = new PointerByReference();
            JnaCom.check(services.ExecQuery(language, query, QUERY_FLAGS, null, result), "IWbemServices::ExecQuery");
            return new JnaEnumerator(new Wbemcli.IEnumWbemClassObject(result.getValue()));
        } finally {
            OleAuto.INSTANCE.SysFreeString(query);
            OleAuto.INSTANCE.SysFreeString(language);
        }
    }

    @Override
    public Com.ClassObject getObject(String path) throws ComException {
        BSTR objectPath = OleAuto.INSTANCE.SysAllocString(path);
        try {
            PointerByReference result = new PointerByReference();
            JnaCom.check(services.GetObject(objectPath, 0, null, result, null), "IWbemServices::GetObject");
            return new JnaClassObject(new Wbemcli.IWbemClassObject(result.getValue()));
        } finally {
            OleAuto.INSTANCE.SysFreeString(objectPath);
        }
    }

    @Override
    public Com.ClassObject execMethod(String path, String method, Com.ClassObject inParameters) throws ComException {
        BSTR objectPath = OleAuto.INSTANCE.SysAllocString(path);
        BSTR methodName = OleAuto.INSTANCE.SysAllocString(method);
        try {
            PointerByReference out = new PointerByReference();
            Pointer in = inParameters == null ? null : ((JnaClassObject) inParameters).pointer();
            JnaCom.check(services.ExecMethod(objectPath, methodName, 0, null, in, out, null), "IWbemServices::ExecMethod");
            return out.getValue() == null ? null : new JnaClassObject(new Wbemcli.IWbemClassObject(out.getValue()));
        } finally {
            OleAuto.INSTANCE.SysFreeString(methodName);
            OleAuto.INSTANCE.SysFreeString(objectPath);
        }
    }

    @Override
    public void close() {
        services.Release();
    }
}
