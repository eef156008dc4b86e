package io.hvmon.windows.service;

/** Where service events go: the Windows Event Log, or a recording fake in tests. Never throws. */
@FunctionalInterface
public interface EventLog {

    void write(ServiceEvent event);

    EventLog NONE = event -> { };
}
