package io.hvmon.collect;

/** Told by the {@link SnapshotStore} of every collection it records, with the host's status before and after. */
@FunctionalInterface
public interface StatusListener {

    /** Called on the host's polling thread: must be quick and must not block. */
    void recorded(HostStatus before, HostStatus after);
}
