package io.hvmon.hyperv.values;

/**
 * One entry of a Hyper-V value map: the number WMI sends, the name a person reads, and a short note on what it
 * means or where the name comes from. Implemented by enums only, each holding one {@link Entry}; look codes up with
 * {@link ValueMaps}.
 */
public interface CodedValue {

    /** The three facts of one value; enums keep one of these instead of three fields and three getters each. */
    record Entry(int code, String friendlyName, String meaning) {
    }

    Entry entry();

    /** The number as WMI reports it. */
    default int code() {
        return entry().code();
    }

    /** The display name, e.g. "Running", "Ready for replication". */
    default String friendlyName() {
        return entry().friendlyName();
    }

    /** What the value means and, where sources disagree, which source the name follows. */
    default String meaning() {
        return entry().meaning();
    }
}
