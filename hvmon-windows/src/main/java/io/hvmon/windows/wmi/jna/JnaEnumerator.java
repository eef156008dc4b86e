package io.hvmon.windows.wmi.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.ptr.IntByReference;
import io.hvmon.windows.wmi.Com;
import io.hvmon.windows.wmi.ComException;

import java.util.ArrayList;
import java.util.List;

/** {@code IEnumWbemClassObject}, read with a timeout per {@code Next}. */
final class JnaEnumerator implements Com.Enumerator {

    private final Wbemcli.IEnumWbemClassObject enumerator;

    JnaEnumerator(Wbemcli.IEnumWbemClassObject enumerator) {
        this.enumerator = enumerator;
    }

    @Override
    public Com.Batch next(int timeoutMillis, int max) throws ComException {
        Pointer[] objects = new Pointer[max];
        IntByReference returned = new IntByReference();
        int hr = enumerator.Next(timeoutMillis, max, objects, returned).intValue();
        List<Com.ClassObject> batch = new ArrayList<>(returned.getValue());
        for (int i = 0; i < returned.getValue(); i++) {
            batch.add(new JnaClassObject(new Wbemcli.IWbemClassObject(objects[i])));
        }
        if (hr < 0) {
            batch.forEach(Com.ClassObject::close);
            throw new ComException(hr, "IEnumWbemClassObject::Next");
        }
        return new Com.Batch(hr, batch);
    }

    @Override
    public void close() {
        enumerator.Release();
    }
}
