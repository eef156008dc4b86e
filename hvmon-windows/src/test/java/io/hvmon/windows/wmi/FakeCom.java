package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A counting fake of COM/WMI over any {@link CimSession} (the simulator): it hands out objects holding the VARIANTs
 * WMI would return for the source's instances, counts every object created and released, records which threads call
 * it, and injects the failures real WMI has (HRESULTs, a provider that never answers, a hung call).
 */
public final class FakeCom implements Com {

    private final CimSession source;
    private final ThreadLocal<Boolean> initializedHere = ThreadLocal.withInitial(() -> false);

    final AtomicInteger live = new AtomicInteger();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger doubleReleases = new AtomicInteger();
    final AtomicInteger initialized = new AtomicInteger();
    final AtomicInteger uninitialized = new AtomicInteger();
    final AtomicInteger connects = new AtomicInteger();
    final AtomicInteger callsOffComThread = new AtomicInteger();
    final Set<String> callingThreads = ConcurrentHashMap.newKeySet();

    /** HRESULT the next Next() fails with, once (0: none). */
    volatile int failNextBatch;
    /** HRESULT ConnectServer fails with for namespaces matching, e.g. "root\\virtualization\\v2" (0: none). */
    public final Map<String, Integer> connectFailures = new ConcurrentHashMap<>();
    /** Next() never has anything: a provider that does not answer. */
    volatile boolean providerSilent;
    /** When set, GetObject blocks until it is counted down: a hung call. */
    volatile CountDownLatch hangGetObject;
    /** Rewrites objects before they are handed out, e.g. to put a VARIANT WMI would never send. */
    volatile Function<WmiObject, WmiObject> tamper = Function.identity();

    public FakeCom(CimSession source) {
        this.source = source;
    }

    @Override
    public void initializeThread() {
        initializedHere.set(true);
        initialized.incrementAndGet();
        onCall();
    }

    @Override
    public void uninitializeThread() {
        onCall();
        initializedHere.set(false);
        uninitialized.incrementAndGet();
    }

    @Override
    public Services connect(String comNamespace) throws ComException {
        onCall();
        Integer failure = connectFailures.get(comNamespace);
        if (failure != null) {
            throw new ComException(failure, "IWbemLocator::ConnectServer");
        }
        connects.incrementAndGet();
        return new FakeServices(comNamespace.replace('\\', '/'));
    }

    public int leaked() {
        return live.get();
    }

    private void onCall() {
        callingThreads.add(Thread.currentThread().getName());
        if (!initializedHere.get() || Thread.currentThread().isVirtual()) {
            callsOffComThread.incrementAndGet();
        }
    }

    /** Every object counts itself alive until released, and counts a second release. */
    private abstract class Tracked implements Released {
        private boolean released;

        Tracked() {
            live.incrementAndGet();
            created.incrementAndGet();
        }

        @Override
        public void close() {
            onCall();
            if (released) {
                doubleReleases.incrementAndGet();
            } else {
                released = true;
                live.decrementAndGet();
            }
        }
    }

    private final class FakeServices extends Tracked implements Services {
        private final String namespace;

        FakeServices(String namespace) {
            this.namespace = namespace;
        }

        @Override
        public Enumerator execQuery(String wql) {
            onCall();
            return new FakeEnumerator(namespace, wql);
        }

        @Override
        public ClassObject getObject(String path) throws ComException {
            onCall();
            CountDownLatch hang = hangGetObject;
            if (hang != null) {
                try {
                    hang.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            CimReference reference = WmiObjectPath.parse(path, namespace);
            if (reference.keys().isEmpty()) {
                return new FakeObject(new WmiObject(reference.className(), List.of()), reference);
            }
            try {
                return new FakeObject(tamper.apply(VariantEncoder.toObject(source.get(reference))), null);
            } catch (CimException e) {
                throw new ComException(hresultOf(e), "IWbemServices::GetObject");
            }
        }

        @Override
        public ClassObject execMethod(String path, String method, ClassObject inParameters) throws ComException {
            onCall();
            CimReference target = WmiObjectPath.parse(path, namespace);
            List<CimProperty> in = inParameters == null ? List.of() : ((FakeObject) inParameters).parameters();
            try {
                CimInstance out = source.invoke(target, method, in);
                return new FakeObject(tamper.apply(VariantEncoder.toObject(out)), null);
            } catch (CimException e) {
                throw new ComException(hresultOf(e), "IWbemServices::ExecMethod");
            }
        }
    }

    private final class FakeEnumerator extends Tracked implements Enumerator {
        private final String namespace;
        private final String wql;
        private List<CimInstance> rows;
        private int next;

        FakeEnumerator(String namespace, String wql) {
            this.namespace = namespace;
            this.wql = wql;
        }

        @Override
        public Batch next(int timeoutMillis, int max) throws ComException {
            onCall();
            if (providerSilent) {
                sleep(Math.min(timeoutMillis, 20));
                return new Batch(Batch.WBEM_S_TIMEDOUT, List.of());
            }
            int failure = failNextBatch;
            if (failure != 0) {
                failNextBatch = 0;
                throw new ComException(failure, "IEnumWbemClassObject::Next");
            }
            if (rows == null) {
                try { // semisynchronous: errors surface at the first Next, as with WMI
                    rows = source.query(namespace, wql);
                } catch (CimException e) {
                    throw new ComException(hresultOf(e), "IEnumWbemClassObject::Next");
                }
            }
            List<ClassObject> batch = new ArrayList<>();
            while (batch.size() < max && next < rows.size()) {
                batch.add(new FakeObject(tamper.apply(VariantEncoder.toObject(rows.get(next++))), null));
            }
            return new Batch(batch.size() < max ? Batch.WBEM_S_FALSE : Batch.WBEM_S_NO_ERROR, batch);
        }
    }

    /** An instance, a class (whose methods give parameter objects) or method parameters being filled. */
    private final class FakeObject extends Tracked implements ClassObject {
        private final WmiObject object;
        private final CimReference classReference;
        private final Map<String, Variant> puts = new LinkedHashMap<>();
        private final Map<String, Integer> signature = new LinkedHashMap<>();

        FakeObject(WmiObject object, CimReference classReference) {
            this.object = object;
            this.classReference = classReference;
        }

        @Override
        public WmiObject read() {
            onCall();
            return object;
        }

        @Override
        public ClassObject newInParameters(String method) throws ComException {
            onCall();
            if (classReference == null) {
                throw new ComException(WmiErrors.WBEM_E_INVALID_METHOD, "IWbemClassObject::GetMethod(" + method + ")");
            }
            if (!method.equalsIgnoreCase("GetSummaryInformation")) {
                return null; // as WMI answers for a method without input parameters
            }
            FakeObject in = new FakeObject(new WmiObject("__PARAMETERS", List.of()), null);
            in.signature.put("SettingData", CimTypes.REFERENCE | CimTypes.FLAG_ARRAY);
            in.signature.put("RequestedInformation", CimTypes.UINT32 | CimTypes.FLAG_ARRAY);
            return in;
        }

        @Override
        public void put(String name, Variant value) throws ComException {
            onCall();
            if (!signature.containsKey(name)) {
                throw new ComException(WmiErrors.WBEM_E_NOT_FOUND, "IWbemClassObject::Put(" + name + ")");
            }
            puts.put(name, value);
        }

        /** What WMI would decode from the VARIANTs put, with the declared parameter types. */
        List<CimProperty> parameters() {
            VariantConverter converter = new VariantConverter("root/virtualization/v2");
            List<CimProperty> result = new ArrayList<>();
            puts.forEach((name, value) -> result.add(converter.toProperty("__PARAMETERS",
                    new WmiObject.Property(name, signature.get(name), value))));
            return result;
        }
    }

    private static int hresultOf(CimException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> e.getMessage().contains("namespace") ? WmiErrors.WBEM_E_INVALID_NAMESPACE
                    : WmiErrors.WBEM_E_NOT_FOUND;
            case INVALID_QUERY -> e.getMessage().contains("invalid class") ? WmiErrors.WBEM_E_INVALID_CLASS
                    : WmiErrors.WBEM_E_INVALID_QUERY;
            case ACCESS_DENIED -> WmiErrors.WBEM_E_ACCESS_DENIED;
            case UNSUPPORTED -> WmiErrors.WBEM_E_NOT_SUPPORTED;
            default -> WmiErrors.WBEM_E_FAILED;
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
