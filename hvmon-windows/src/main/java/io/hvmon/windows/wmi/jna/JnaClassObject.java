package io.hvmon.windows.wmi.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.OaIdl.SAFEARRAY;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.hvmon.windows.wmi.Com;
import io.hvmon.windows.wmi.ComException;
import io.hvmon.windows.wmi.Variant;
import io.hvmon.windows.wmi.WmiObject;

import java.util.ArrayList;
import java.util.List;

/** {@code IWbemClassObject}: read into a {@link WmiObject}, or filled as method parameters. */
final class JnaClassObject implements Com.ClassObject {

    /** Embedded objects nest this deep at most (Hyper-V's nest one or two levels). */
    static final int MAX_DEPTH = 8;

    private final Wbemcli.IWbemClassObject object;

    JnaClassObject(Wbemcli.IWbemClassObject object) {
        this.object = object;
    }

    Pointer pointer() {
        return object.getPointer();
    }

    @Override
    public WmiObject read() throws ComException {
        return read(object, 0);
    }

    /** Copies class name and non-system properties out of an object; releases nothing (the caller owns it). */
    static WmiObject read(Wbemcli.IWbemClassObject object, int depth) throws ComException {
        if (depth > MAX_DEPTH) {
            throw new ComException(0x80041005, "embedded objects nested more than " + MAX_DEPTH + " deep");
        }
        String className = classOf(object);
        List<WmiObject.Property> properties = new ArrayList<>();
        for (String name : propertyNames(object)) {
            VARIANT.ByReference value = new VARIANT.ByReference();
            IntByReference cimType = new IntByReference();
            JnaCom.check(object.Get(name, 0, value, cimType, null), "IWbemClassObject::Get(" + name + ")");
            try {
                properties.add(new WmiObject.Property(name, cimType.getValue(), JnaVariants.read(value, depth)));
            } finally {
                OleAuto.INSTANCE.VariantClear(value);
            }
        }
        return new WmiObject(className, properties);
    }

    private static String classOf(Wbemcli.IWbemClassObject object) throws ComException {
        VARIANT.ByReference value = new VARIANT.ByReference();
        JnaCom.check(object.Get("__CLASS", 0, value, null, null), "IWbemClassObject::Get(__CLASS)");
        try {
            return value.getVarType().intValue() == Variant.VT_BSTR ? value.stringValue() : "";
        } finally {
            OleAuto.INSTANCE.VariantClear(value);
        }
    }

    private static List<String> propertyNames(Wbemcli.IWbemClassObject object) throws ComException {
        PointerByReference names = new PointerByReference();
        JnaCom.check(object.GetNames((String) null, Wbemcli.WBEM_CONDITION_FLAG_TYPE.WBEM_FLAG_ALWAYS
                | Wbemcli.WBEM_CONDITION_FLAG_TYPE.WBEM_FLAG_NONSYSTEM_ONLY, null, names), "IWbemClassObject::GetNames");
        SAFEARRAY array = new SAFEARRAY(names.getValue());
        try {
            int lower = array.getLBound(0);
            int upper = array.getUBound(0);
            List<String> result = new ArrayList<>(Math.max(0, upper - lower + 1));
            for (int i = lower; i <= upper; i++) {
                result.add((String) array.getElement(i));
            }
            return result;
        } finally {
            array.destroy();
        }
    }

    @Override
    public Com.ClassObject newInParameters(String method) throws ComException {
        PointerByReference signature = new PointerByReference();
        JnaCom.check(object.GetMethod(method, 0, signature, null), "IWbemClassObject::GetMethod(" + method + ")");
        if (signature.getValue() == null) {
            return null; // the method takes no input parameters
        }
        Wbemcli.IWbemClassObject inSignature = new Wbemcli.IWbemClassObject(signature.getValue());
        try {
            PointerByReference instance = new PointerByReference();
            JnaCom.check(inSignature.SpawnInstance(0, instance), "IWbemClassObject::SpawnInstance");
            return new JnaClassObject(new Wbemcli.IWbemClassObject(instance.getValue()));
        } finally {
            inSignature.Release();
        }
    }

    @Override
    public void put(String name, Variant value) throws ComException {
        VARIANT variant = JnaVariants.write(value);
        try {
            JnaCom.check(object.Put(name, 0, variant, 0), "IWbemClassObject::Put(" + name + ")");
        } finally {
            OleAuto.INSTANCE.VariantClear(variant);
        }
    }

    @Override
    public void close() {
        object.Release();
    }
}
