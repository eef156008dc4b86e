package io.hvmon.simulator.wql;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.PropertySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** A query checked against its class: every property exists and every comparison fits its property's type. */
public final class BoundQuery {

    private final ClassSchema schema;
    private final List<PropertySchema> projection; // empty for SELECT *
    private final Predicate<CimInstance> condition;

    private BoundQuery(ClassSchema schema, List<PropertySchema> projection, Predicate<CimInstance> condition) {
        this.schema = schema;
        this.projection = projection;
        this.condition = condition;
    }

    /**
     * Checks a parsed query against the class it names.
     *
     * @param schema the class named after FROM
     */
    public static BoundQuery bind(WqlQuery query, ClassSchema schema) throws CimException {
        Map<String, PropertySchema> selected = new LinkedHashMap<>();
        for (WqlQuery.Selected name : query.properties()) {
            PropertySchema p = schema.property(name.name()).orElseThrow(() -> WqlErrors.at(name.position(),
                    "unknown property '" + name.name() + "' of class " + schema.name() + " in the SELECT list"));
            selected.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
        }
        Predicate<CimInstance> condition = query.where() == null ? i -> true : Conditions.compile(query.where(), schema);
        return new BoundQuery(schema, List.copyOf(selected.values()), condition);
    }

    public ClassSchema schema() {
        return schema;
    }

    /** The instances that satisfy WHERE, each reduced to the selected properties. */
    public List<CimInstance> apply(List<CimInstance> instances) {
        List<CimInstance> result = new ArrayList<>();
        for (CimInstance instance : instances) {
            if (condition.test(instance)) {
                result.add(project(instance));
            }
        }
        return result;
    }

    public boolean matches(CimInstance instance) {
        return condition.test(instance);
    }

    public CimInstance project(CimInstance instance) {
        if (projection.isEmpty()) {
            return instance;
        }
        List<CimProperty> properties = new ArrayList<>(projection.size());
        for (PropertySchema p : projection) {
            CimProperty held = instance.property(p.name());
            properties.add(held != null ? new CimProperty(p.name(), held.type(), held.array(), held.value())
                    : CimProperty.nullValue(p.name(), p.type(), p.array()));
        }
        return new CimInstance(instance.className(), properties);
    }
}
