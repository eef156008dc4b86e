package io.hvmon.app.run;

import io.hvmon.app.api.ApiRoutes;
import io.hvmon.app.api.Freshness;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.events.EventHub;
import io.hvmon.app.events.EventsRoute;
import io.hvmon.app.http.Router;
import io.hvmon.app.notify.Notifier;
import io.hvmon.app.notify.NotifyRoute;
import io.hvmon.app.http.HttpApi;
import io.hvmon.app.metrics.WireTraffic;
import io.hvmon.collect.Collector;
import io.hvmon.collect.Schedule;
import io.hvmon.collect.SnapshotStore;
import io.hvmon.events.ChangeDetector;
import io.hvmon.events.EventLog;
import io.hvmon.events.SnapshotDiff;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running hvmon: the collector polling its hosts into the store, and the HTTP API serving from the store (and, for
 * {@code /metrics}, from the WS-Man counters of the hosts).
 */
public final class Monitor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Monitor.class.getName());

    /** How many hosts may be polled at the same moment. */
    static final int MAX_PARALLEL_POLLS = 16;

    private final Collector collector;
    private final HttpApi http;
    private final WireTraffic traffic;
    private final EventHub events;
    private final Notifier notifier;
    private final AtomicBoolean closing = new AtomicBoolean();

    private Monitor(Collector collector, HttpApi http, WireTraffic traffic, EventHub events, Notifier notifier) {
        this.collector = collector;
        this.http = http;
        this.traffic = traffic;
        this.events = events;
        this.notifier = notifier;
    }

    /** Serves the API and collects from these sources (see {@link #listen} and {@link #collect}). */
    public static Monitor start(HvmonConfig config, List<HostSource> sources) {
        Monitor monitor = listen(config);
        try {
            monitor.collect(sources);
        } catch (RuntimeException e) {
            monitor.close();
            throw e;
        }
        return monitor;
    }

    /**
     * Serves the API at once, with no hosts yet: the port is bound before anything slow (such as the demo's simulated
     * hosts) is set up, so {@code /healthz} answers early and a port in use is reported first.
     */
    public static Monitor listen(HvmonConfig config) {
        Clock clock = Clock.systemUTC();
        Schedule schedule = new Schedule(config.collection().interval(), config.collection().timeout());
        SnapshotStore store = new SnapshotStore();
        Collector collector = new Collector(store, schedule, clock, MAX_PARALLEL_POLLS);
        WireTraffic traffic = new WireTraffic();
        EventLog log = new EventLog(config.events().history());
        store.addListener(new ChangeDetector(new SnapshotDiff(config.events().lagBounds()), log));
        EventHub events = new EventHub(log, config.events().maxSubscribers());
        Notifier notifier = Notifier.start(config.notifications(), log, Passwords.fromSystem());
        Router router = ApiRoutes.router(store, new Freshness(schedule, clock), config.values(),
                config.collection().readyWhen(), traffic, !config.security().apiKeys().isEmpty())
                .get("/hvm/events", new EventsRoute(events)::handle)
                .get("/hvm/notify", new NotifyRoute(notifier)::handle);
        HttpApi http;
        try {
            http = listen(config, router);
        } catch (RuntimeException e) {
            notifier.close();
            throw e;
        }
        return new Monitor(collector, http, traffic, events, notifier);
    }

    /** Adds these hosts and starts collecting from them; once per monitor. */
    public void collect(List<HostSource> sources) {
        for (HostSource source : sources) {
            if (source.traffic() != null) {
                traffic.register(source.name(), source.traffic());
            }
            collector.addHost(source.name(), source.description(), source.sessions());
        }
        collector.start();
    }

    private static HttpApi listen(HvmonConfig config, Router router) {
        String where = config.listen().address() + ":" + config.listen().port();
        try {
            return HttpApi.start(new InetSocketAddress(config.listen().address(), config.listen().port()), router,
                    HttpSetup.options(config, Passwords.fromSystem()));
        } catch (BindException e) {
            throw new UserError(1, "cannot listen on " + where + ": " + e.getMessage()
                    + " (is another hvmon or program using the port? choose another with --port or listen.port)");
        } catch (IOException e) {
            throw new UserError(1, "cannot listen on " + where + ": " + e.getMessage());
        }
    }

    /** The port actually bound (differs from the config's when it asked for 0). */
    public int port() {
        return http.port();
    }

    /** The change events found so far (for tests and embedding). */
    public EventLog events() {
        return events.log();
    }

    /** Whether the API is served over https. */
    public boolean https() {
        return http.https();
    }

    /**
     * Serves until the process is asked to stop (Ctrl+C, SIGTERM: {@code stop}, installed by the caller before anything
     * started, so that a signal during start-up is an orderly stop too): then closes this monitor and the
     * {@code alsoClose} resources, in that order, logging when it starts stopping and when it has stopped. Returns
     * normally after a signal, so the program can exit 0.
     */
    public void serveUntilStopped(StopSignals stop, AutoCloseable... alsoClose) throws InterruptedException {
        LOG.info("stopping: " + stop.await());
        close();
        for (AutoCloseable resource : alsoClose) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "error while stopping (stopping anyway)", e);
            }
        }
        LOG.info("stopped");
    }

    /** Stops serving and collecting; a second call does nothing. */
    @Override
    public void close() {
        if (closing.compareAndSet(false, true)) {
            events.close(); // event streams end first: the server's stop then has no request to wait for
            http.close();
            collector.close();
            notifier.close();
        }
    }
}
