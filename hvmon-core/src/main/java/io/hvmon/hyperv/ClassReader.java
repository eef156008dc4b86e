package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;

/**
 * Reads one WMI class with one query per collection cycle and maps its rows to model records (the OSHI "driver"
 * pattern): it knows its WQL, asking only for the properties it uses, and nothing else.
 *
 * @param <T> what the rows become
 */
public interface ClassReader<T> {

    /** What this reader reads, in words for failure reports, e.g. {@code Msvm_SummaryInformation}. */
    String what();

    T read(CimSession session) throws CimException;
}
