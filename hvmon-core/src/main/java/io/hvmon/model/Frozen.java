package io.hvmon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of WMI arrays. */
final class Frozen {

    private Frozen() {
    }

    /**
     * An unmodifiable copy that keeps NULL elements and positions (List.copyOf refuses nulls, and positions matter:
     * ReplicationStateEx[0] is the primary relationship, [1] the extended one). A null list stays null (WMI NULL).
     */
    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
