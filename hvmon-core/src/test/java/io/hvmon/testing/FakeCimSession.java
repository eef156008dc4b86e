package io.hvmon.testing;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A CimSession answering each query with the instances given for its FROM class, or with a given failure; it can
 * also hang until released, to stand in for a host that stops answering. Records every query it receives.
 */
public final class FakeCimSession implements CimSession {

    private final Map<String, List<CimInstance>> rowsByClass = new ConcurrentHashMap<>();
    private final Map<String, CimException> failuresByClass = new ConcurrentHashMap<>();
    public final List<String> queries = new CopyOnWriteArrayList<>();
    /** Every method call received, in order. */
    public final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private final Map<String, Object> invokeAnswers = new ConcurrentHashMap<>();

    /** One method call: target, method name, input parameters. */
    public record Invocation(CimReference target, String method, List<CimProperty> in) {
    }
    private volatile CountDownLatch hang;
    private volatile boolean closed;

    public FakeCimSession answer(String className, List<CimInstance> rows) {
        rowsByClass.put(className.toLowerCase(Locale.ROOT), List.copyOf(rows));
        failuresByClass.remove(className.toLowerCase(Locale.ROOT));
        return this;
    }

    public FakeCimSession fail(String className, CimException failure) {
        failuresByClass.put(className.toLowerCase(Locale.ROOT), failure);
        return this;
    }

    /** Answers calls of this method with this output instance. */
    public FakeCimSession answerInvoke(String method, CimInstance output) {
        invokeAnswers.put(method.toLowerCase(Locale.ROOT), output);
        return this;
    }

    /** Fails calls of this method. */
    public FakeCimSession failInvoke(String method, CimException failure) {
        invokeAnswers.put(method.toLowerCase(Locale.ROOT), failure);
        return this;
    }

    /** Every query blocks until {@link #release()} or {@link #close()}. */
    public FakeCimSession hang() {
        hang = new CountDownLatch(1);
        return this;
    }

    public void release() {
        CountDownLatch latch = hang;
        hang = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        queries.add(wql);
        CountDownLatch latch = hang;
        if (latch != null) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CimException(CimException.Kind.TIMEOUT, "interrupted");
            }
        }
        String className = wql.replaceAll("(?is).*\\bFROM\\s+(\\w+).*", "$1").toLowerCase(Locale.ROOT);
        CimException failure = failuresByClass.get(className);
        if (failure != null) {
            throw failure;
        }
        return new ArrayList<>(rowsByClass.getOrDefault(className, List.of()));
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        throw new CimException(CimException.Kind.UNSUPPORTED, "fake: get");
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> in) throws CimException {
        invocations.add(new Invocation(target, method, List.copyOf(in)));
        Object answer = invokeAnswers.get(method.toLowerCase(Locale.ROOT));
        if (answer instanceof CimException e) {
            throw e;
        }
        if (answer instanceof CimInstance out) {
            return out;
        }
        throw new CimException(CimException.Kind.UNSUPPORTED, "fake: invoke " + method);
    }

    @Override
    public String description() {
        return "fake session";
    }

    @Override
    public void close() {
        closed = true;
        release();
    }
}
