package io.hvmon.windows.wmi;

import java.util.List;

/**
 * The few COM and WMI calls the session makes, as an interface so the session's logic (one COM thread, timeouts,
 * releasing every object, reconnecting) runs against counting fakes on any OS. {@code io.hvmon.windows.wmi.jna} is
 * the real one. Every method must be called on the thread that called {@link #initializeThread()}.
 */
public interface Com {

    /** {@code CoInitializeEx(COINIT_MULTITHREADED)} on this thread, and {@code CoInitializeSecurity} once per process. */
    void initializeThread() throws ComException;

    /** {@code CoUninitialize}, once for each successful {@link #initializeThread()}. */
    void uninitializeThread();

    /** {@code IWbemLocator::ConnectServer} to a namespace ({@code ROOT\virtualization\v2}), then {@code CoSetProxyBlanket}. */
    Services connect(String comNamespace) throws ComException;

    /** A COM object: {@link #close()} is its {@code Release}, called exactly once. */
    interface Released extends AutoCloseable {
        @Override
        void close();
    }

    /** {@code IWbemServices} of one namespace. */
    interface Services extends Released {

        /** {@code ExecQuery("WQL", wql, WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY)}. */
        Enumerator execQuery(String wql) throws ComException;

        /** {@code GetObject(path)}: an instance, or a class when the path names no keys. */
        ClassObject getObject(String path) throws ComException;

        /** {@code ExecMethod(path, method, inParameters)}; null in-parameters for a method without any. */
        ClassObject execMethod(String path, String method, ClassObject inParameters) throws ComException;
    }

    /** {@code IEnumWbemClassObject}. */
    interface Enumerator extends Released {

        /**
         * {@code Next(timeout, max)}: up to {@code max} objects; {@code hresult} is {@code WBEM_S_NO_ERROR} (more may
         * follow), {@code WBEM_S_FALSE} (the end) or {@code WBEM_S_TIMEDOUT} (nothing more within the timeout, yet).
         */
        Batch next(int timeoutMillis, int max) throws ComException;
    }

    /** What one {@code Next} returned: the caller owns (and releases) the objects. */
    record Batch(int hresult, List<ClassObject> objects) {
        public static final int WBEM_S_NO_ERROR = 0;
        public static final int WBEM_S_FALSE = 1;
        public static final int WBEM_S_TIMEDOUT = 0x40004;

        public Batch {
            objects = List.copyOf(objects);
        }
    }

    /** {@code IWbemClassObject}: an instance, a class, or method parameters. */
    interface ClassObject extends Released {

        /** {@code __CLASS} and every non-system property with its CIMTYPE and value, copied out. */
        WmiObject read() throws ComException;

        /** {@code GetMethod(method)} and {@code SpawnInstance} of its in-signature: parameters to fill; null if none. */
        ClassObject newInParameters(String method) throws ComException;

        /** {@code Put(name, value)} with the parameter's declared type. */
        void put(String name, Variant value) throws ComException;
    }
}
