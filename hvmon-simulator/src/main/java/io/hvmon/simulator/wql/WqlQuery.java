package io.hvmon.simulator.wql;

import java.util.List;

/**
 * A parsed WQL query, not yet checked against a class.
 *
 * @param className     the class after FROM, as written
 * @param classPosition where the class name starts (1-based)
 * @param properties    the selected properties as written; empty for {@code SELECT *}
 * @param where         the condition, or null without WHERE
 */
public record WqlQuery(String className, int classPosition, List<Selected> properties, WqlExpr where) {

    /** One name of the SELECT list and where it was written. */
    public record Selected(String name, int position) {
    }

    public WqlQuery {
        properties = List.copyOf(properties);
    }

    public boolean selectsAll() {
        return properties.isEmpty();
    }
}
