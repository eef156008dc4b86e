package io.hvmon.app.http;

import io.hvmon.app.security.ServerTlsContext;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * How hvmon sets Jetty up: threads, HTTP parsing limits, TLS. One place, so the choices can be read together.
 *
 * <p><b>Threads.</b> A small pool of platform threads runs Jetty's own loops (accepting, selecting, parsing);
 * every request handler runs on a virtual thread of its own (Jetty's {@code QueuedThreadPool} with a virtual
 * threads executor), so a handler waiting for a slot or writing to a slow client holds no pool thread. Jetty's
 * {@code VirtualThreadPool} would put the selector loops on virtual threads too, where their blocking
 * {@code select()} would occupy a carrier thread: this keeps them on platform threads.
 */
final class JettySettings {

    /** Request line and headers together, in bytes; beyond: 431 (or 414 for a request line alone). */
    static final int MAX_HEAD_BYTES = 16_384;
    /** Header fields per request; beyond: 431. */
    static final int MAX_HEADERS = 64;
    /** Connections the operating system may queue while hvmon is not accepting. */
    static final int ACCEPT_QUEUE = 128;
    static final int MAX_PLATFORM_THREADS = 32;
    static final int MIN_PLATFORM_THREADS = 4;

    private JettySettings() {
    }

    static QueuedThreadPool threadPool() {
        // A plain queue: Jetty's default BlockingArrayQueue sizes itself through JMX, which would start the
        // platform MBean server (some 160 classes, a few MB) in every hvmon process.
        QueuedThreadPool pool = new QueuedThreadPool(MAX_PLATFORM_THREADS, MIN_PLATFORM_THREADS, 60_000,
                new LinkedBlockingQueue<>());
        pool.setName("hvmon-http");
        // The JDK's own virtual threads, not Jetty's VirtualThreads helper, which finds them by reflection (for Java
        // 17) at a cost of some 15 ms at start-up.
        pool.setVirtualThreadsExecutor(
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("hvmon-request-", 0).factory()));
        return pool;
    }

    /** One selector per two cores, at most four: the work per connection is small. */
    static int selectors() {
        return Math.clamp(Runtime.getRuntime().availableProcessors() / 2, 1, 4);
    }

    static HttpConfiguration httpConfiguration() {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false); // no Server header, no version for scanners
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(MAX_HEAD_BYTES);
        config.setUriCompliance(uriCompliance());
        // Marks requests over TLS as secure; no check that the Host header matches the certificate's names (hvmon
        // is often reached by an address or an alias its certificate does not name), no HSTS.
        config.setCustomizers(java.util.List.of(new SecureRequestCustomizer(false)));
        return config;
    }

    /**
     * Jetty's default URI rules, except that ambiguous paths ({@code %2e%2e}, {@code %2f}, {@code //}, {@code ;},
     * encoded control characters) are let through to the {@link Gatekeeper}, which refuses them with a precise
     * message; malformed escapes and non-UTF-8 are still refused by Jetty (400).
     */
    static UriCompliance uriCompliance() {
        return UriCompliance.DEFAULT.with("hvmon",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
                UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS,
                UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS);
    }

    /**
     * TLS from hvmon's own context (its {@code ReloadingKeyManager} picks up renewed certificate files): the
     * protocols and suites of {@link ServerTlsContext#parameters()}, the server's order preferred, no
     * renegotiation.
     */
    static SslContextFactory.Server tls(ServerTlsContext tls) {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(tls.context());
        factory.setIncludeProtocols(tls.parameters().getProtocols());
        factory.setIncludeCipherSuites(tls.parameters().getCipherSuites());
        factory.setUseCipherSuitesOrder(true);
        factory.setRenegotiationAllowed(false);
        return factory;
    }
}
