package io.hvmon.windows.service;

/** Where status reports go: SetServiceStatus on Windows, a recording fake in tests. */
@FunctionalInterface
public interface Scm {

    void report(ServiceStatus status);
}
