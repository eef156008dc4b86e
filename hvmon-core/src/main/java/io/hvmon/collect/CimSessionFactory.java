package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;

/** Opens a session to one host; the collector reopens it after a failure. */
@FunctionalInterface
public interface CimSessionFactory {

    CimSession open() throws CimException;
}
