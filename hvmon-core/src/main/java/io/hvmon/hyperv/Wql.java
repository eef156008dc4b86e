package io.hvmon.hyperv;

import java.util.List;

/** Builds the WQL the readers send. */
final class Wql {

    private Wql() {
    }

    /** {@code SELECT a, b, c FROM Class}: a projection, so the host sends only what is used. */
    static String select(String className, List<String> properties) {
        return "SELECT " + String.join(", ", properties) + " FROM " + className;
    }

    /** {@code SELECT a, b FROM Class WHERE condition}. */
    static String select(String className, List<String> properties, String where) {
        return select(className, properties) + " WHERE " + where;
    }
}
