package io.hvmon.simulator.wsman;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Failures a simulated endpoint injects, for testing collectors: a fixed latency on every answer, and per request,
 * with given probabilities, a SOAP fault, a dropped connection, malformed XML, a slow trickle or a refused logon.
 * Written as {@code --faults latency=200ms,fault=0.1,drop=0.05,malformed=0.02,trickle=0.01,authfail=0.01,seed=7}.
 *
 * <p>{@code authfail} refuses the logon the way Windows refuses a wrong password: the Basic request or the NTLM
 * AUTHENTICATE under way gets a bare 401 that still offers the scheme (never a 401 to the NTLM NEGOTIATE, which no
 * WinRM host sends and which clients rightly read as a broken handshake); on a connection that had logged on, its
 * logon is dropped and the request gets that 401.
 */
public final class FaultPlan {

    /** What can go wrong with one request. */
    public enum Fault { FAULT, DROP, MALFORMED, TRICKLE, AUTHFAIL }

    public static final FaultPlan NONE = new FaultPlan(Duration.ZERO, Map.of(), 0);

    private final Duration latency;
    private final Map<Fault, Double> probabilities;
    private final long seed;
    private final SplittableRandom random;

    private FaultPlan(Duration latency, Map<Fault, Double> probabilities, long seed) {
        this.latency = latency;
        this.probabilities = probabilities.isEmpty() ? Map.of() : new EnumMap<>(probabilities);
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** Parses the {@code --faults} text; an empty text means no faults. */
    public static FaultPlan parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Duration latency = Duration.ZERO;
        Map<Fault, Double> probabilities = new EnumMap<>(Fault.class);
        long seed = 1;
        for (String part : spec.split(",")) {
            String item = part.strip();
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--faults: '" + item + "' is not name=value");
            }
            String name = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = item.substring(eq + 1).strip();
            switch (name) {
                case "latency" -> latency = duration(value);
                case "seed" -> seed = number(name, value);
                default -> probabilities.put(fault(name), probability(name, value));
            }
        }
        double total = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("--faults: the probabilities add up to " + total + ", more than 1");
        }
        return new FaultPlan(latency, probabilities, seed);
    }

    public Duration latency() {
        return latency;
    }

    /** The fault to inject into the next request, or null for none. */
    public synchronized Fault next() {
        if (probabilities.isEmpty()) {
            return null;
        }
        double draw = random.nextDouble();
        for (Map.Entry<Fault, Double> entry : probabilities.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Fault fault(String name) {
        for (Fault f : Fault.values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("--faults: unknown fault '" + name
                + "' (expected latency, fault, drop, malformed, trickle, authfail or seed)");
    }

    private static double probability(String name, String value) {
        try {
            double p = Double.parseDouble(value);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--faults: " + name + " must be a probability from 0 to 1, got '" + value + "'");
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--faults: " + name + " must be a whole number, got '" + value + "'");
        }
    }

    private static Duration duration(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--faults: latency must be like 200ms or 1.5s, got '" + value + "'");
    }

    @Override
    public String toString() {
        if (this == NONE) {
            return "none";
        }
        return "latency " + latency.toMillis() + " ms, " + probabilities + ", seed " + seed;
    }
}
