package io.hvmon.hyperv.values;

/**
 * One entry of a Hyper-V value map: the number WMI sends, the name a person reads, and a short note on what it
 * means or where the name comes from. Implemented by enums only; look codes up with {@link ValueMaps}.
 */
public interface CodedValue {

    /** The number as WMI reports it. */
    int code();

    /** The display name, e.g. "Running", "Ready for replication". */
    String friendlyName();

    /** What the value means and, where sources disagree, which source the name follows. */
    String meaning();
}
