package io.hvmon.hyperv;

import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.hyperv.values.ValueMaps;
import io.hvmon.model.DurationText;

import java.time.Duration;

/**
 * The plain-words {@code replication_status} of one relationship, e.g.
 * {@code "Warning: last replication 47 min ago, interval 5 min"}. A pure function of what WMI reports.
 *
 * <p><b>Prefix.</b> Hyper-V's own ReplicationHealth (1 Normal, 2 Warning, 3 Critical) always wins: it weighs things we
 * cannot see (missed-cycle percentages over its monitoring window, VSS failures). Only when WMI gives no health (NULL,
 * 0 "not applicable", an unknown code) does the prefix come from the state and the lag below.
 *
 * <p><b>Reason.</b> The state first (suspended, waiting for initial replication, resynchronizing, ...); while
 * replicating, the lag since the last replication against the interval:
 * <ul>
 *   <li>A cycle is sent every interval, so just before the next one lands the lag is normally about one interval plus
 *       transfer time, and one late or skipped cycle (a busy link) pushes it toward two. <b>Warning</b> when the lag
 *       exceeds {@value #WARNING_CYCLES} intervals, at least {@link #WARNING_FLOOR}: two cycles in a row missing, so it
 *       is no longer a blip (the floor keeps 30-second intervals from flapping).</li>
 *   <li><b>Critical</b> when it exceeds {@value #CRITICAL_CYCLES} intervals, at least {@link #CRITICAL_FLOOR}: an hour
 *       at the default 5 minutes, the data-loss window people size their RPO by.</li>
 * </ul>
 * An unknown interval (settings unreadable) is taken as Hyper-V's default, {@link #DEFAULT_INTERVAL}, for the
 * thresholds, and left out of the text.
 */
public final class ReplicationStatusText {

    static final int WARNING_CYCLES = 3;
    static final int CRITICAL_CYCLES = 12;
    static final Duration WARNING_FLOOR = Duration.ofMinutes(5);
    static final Duration CRITICAL_FLOOR = Duration.ofHours(1);
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    enum Level { NORMAL, WARNING, CRITICAL }

    private record Reason(Level level, String text) {
    }

    private ReplicationStatusText() {
    }

    /**
     * @param health   WMI ReplicationHealth, or null
     * @param state    WMI ReplicationState (0-21), or null
     * @param lag      now minus the last replication; null when it never happened
     * @param interval the replication interval; null when unknown
     */
    public static String describe(Long health, Long state, Duration lag, Duration interval) {
        Reason reason = reason(state, lag, interval);
        return prefix(health, reason.level()) + ": " + reason.text();
    }

    private static String prefix(Long health, Level derived) {
        if (health != null && health == 1) {
            return "Normal";
        }
        if (health != null && health == 2) {
            return "Warning";
        }
        if (health != null && health == 3) {
            return "Critical";
        }
        return switch (derived) {
            case NORMAL -> "Normal";
            case WARNING -> "Warning";
            case CRITICAL -> "Critical";
        };
    }

    private static Reason reason(Long state, Duration lag, Duration interval) {
        if (state == null) {
            return lag == null ? new Reason(Level.WARNING, "replication state unknown") : byLag(lag, interval);
        }
        int code = state >= 0 && state <= 1000 ? state.intValue() : -1;
        return switch (code) {
            case 0 -> new Reason(Level.WARNING, "replication disabled");
            case 1 -> new Reason(Level.WARNING, "waiting for initial replication");
            case 2 -> new Reason(Level.NORMAL, "initial replication in progress");
            case 3 -> lag == null ? new Reason(Level.WARNING, "replicating, no replication completed yet")
                    : byLag(lag, interval);
            case 4 -> new Reason(Level.NORMAL, "synced replication complete");
            case 5 -> new Reason(Level.WARNING, "failed over, not yet committed");
            case 6 -> new Reason(Level.WARNING, "failed over and committed, replication not reversed yet");
            case 7 -> new Reason(Level.CRITICAL, "replication suspended");
            case 9 -> new Reason(Level.CRITICAL, "resynchronization required");
            case 10 -> new Reason(Level.WARNING, "resynchronizing");
            case 11 -> new Reason(Level.CRITICAL, "resynchronization suspended");
            case 12 -> new Reason(Level.WARNING, "failover in progress");
            case 13 -> new Reason(Level.WARNING, "failback in progress");
            case 14 -> new Reason(Level.NORMAL, "failback complete");
            case 15 -> new Reason(Level.WARNING, "disk update in progress");
            case 8, 16 -> new Reason(Level.CRITICAL, stateWords(state));
            default -> new Reason(Level.WARNING, stateWords(state));
        };
    }

    private static Reason byLag(Duration lag, Duration interval) {
        Duration cycle = interval == null ? DEFAULT_INTERVAL : interval;
        String ago = "last replication " + DurationText.of(lag) + " ago";
        String every = interval == null ? null : "interval " + DurationText.of(interval);
        if (lag.compareTo(max(cycle.multipliedBy(CRITICAL_CYCLES), CRITICAL_FLOOR)) > 0) {
            return new Reason(Level.CRITICAL, every == null ? ago : ago + ", " + every);
        }
        if (lag.compareTo(max(cycle.multipliedBy(WARNING_CYCLES), WARNING_FLOOR)) > 0) {
            return new Reason(Level.WARNING, every == null ? ago : ago + ", " + every);
        }
        return new Reason(Level.NORMAL, "replicating, " + ago + (every == null ? "" : " (" + every + ")"));
    }

    private static String stateWords(long state) {
        String name = ValueMaps.lookup(ReplicationState.class, state).map(s -> s.friendlyName()).orElse("unknown");
        return "replication state " + name + " (" + state + ")";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
