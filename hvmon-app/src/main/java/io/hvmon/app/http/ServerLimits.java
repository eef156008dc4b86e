package io.hvmon.app.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits of the JDK's HTTP server, which it reads from system properties once, when the first server of the process
 * is created. {@link #apply()} therefore runs first thing in {@code main} (and again before our server is created,
 * which helps when hvmon is embedded); a value the user set with {@code -D} is kept.
 *
 * <ul>
 *   <li>{@code maxReqHeaders}, {@code maxReqHeaderSize}: header count and total size (the request line counts too);
 *       more closes the connection without an answer.</li>
 *   <li>{@code maxReqTime}: seconds to send the whole request; bounds a slowloris client.</li>
 *   <li>{@code idleInterval}, {@code maxIdleConnections}: keep-alive connections idle longer, or beyond the count,
 *       are closed.</li>
 *   <li>{@code jdk.httpserver.maxConnections}: above it, new connections wait in the accept queue.</li>
 * </ul>
 * {@code maxRspTime} is left unlimited: a slow reader only holds a virtual thread, and a limit would cut event
 * streams.
 */
public final class ServerLimits {

    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("sun.net.httpserver.maxReqHeaders", "64");
        defaults.put("sun.net.httpserver.maxReqHeaderSize", "16384");
        defaults.put("sun.net.httpserver.maxReqTime", "10");
        defaults.put("sun.net.httpserver.idleInterval", "30");
        defaults.put("sun.net.httpserver.maxIdleConnections", "64");
        defaults.put("jdk.httpserver.maxConnections", "1000");
        DEFAULTS = Map.copyOf(defaults);
    }

    private ServerLimits() {
    }

    public static void apply() {
        DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
