package io.hvmon.app.notify;

import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventValue;

/** An event in one line of words, for chat messages: {@code hv01: VM SQL01: state Running → Off}. */
final class EventText {

    private EventText() {
    }

    static String line(ChangeEvent event) {
        var change = event.change();
        String subject = change.vmName() != null ? change.host() + ": VM " + change.vmName()
                : change.vmId() != null ? change.host() + ": VM " + change.vmId() : change.host();
        return subject + ": " + what(event) + " (event " + event.id() + ")";
    }

    private static String what(ChangeEvent event) {
        EventValue old = event.change().oldValue();
        EventValue now = event.change().newValue();
        return switch (event.type()) {
            case VM_ADDED -> "added" + (now == null ? "" : ", " + now.friendly());
            case VM_REMOVED -> "removed";
            case CHECKPOINT_CREATED -> "checkpoint created: " + words(now);
            case CHECKPOINT_REMOVED -> "checkpoint removed: " + words(old);
            case HOST_UNREACHABLE -> "unreachable: " + words(now);
            case HOST_RECOVERED -> "reachable again";
            case REPLICATION_LAG -> "replication lag " + words(old) + " → " + words(now)
                    + (now != null && now.numeric() != null ? " (" + now.numeric() + " s)" : "");
            default -> event.type().wireName().replace('_', ' ').replace("vm ", "") + " " + words(old) + " → "
                    + words(now);
        };
    }

    private static String words(EventValue value) {
        return value == null ? "none" : value.friendly();
    }
}
