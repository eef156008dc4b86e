package io.hvmon.wsman.soap;

import io.hvmon.cim.CimProperty;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a request asks for: the body of one WS-Man request, by action. */
public sealed interface WsManOperation {

    /** wsmid:Identify: no Action header, no ResourceURI. */
    record Identify() implements WsManOperation {
    }

    /**
     * n:Enumerate.
     *
     * @param filter      the WQL text, or null for a plain class enumeration
     * @param dialect     the filter dialect, normally {@link WsNs#WQL_DIALECT}; null without a filter
     * @param optimize    w:OptimizeEnumeration: the first items come in the EnumerateResponse
     * @param maxElements w:MaxElements, or null when absent
     * @param mode        w:EnumerationMode ({@code EnumerateEPR}, {@code EnumerateObjectAndEPR}) or null for objects
     */
    record Enumerate(String filter, String dialect, boolean optimize, Integer maxElements, String mode)
            implements WsManOperation {
    }

    /** n:Pull; without MaxElements Windows sends one item. */
    record Pull(String context, Integer maxElements, Duration maxTime) implements WsManOperation {
        public Pull {
            Objects.requireNonNull(context, "context");
        }
    }

    /** n:Release of an enumeration the client will not finish. */
    record Release(String context) implements WsManOperation {
        public Release {
            Objects.requireNonNull(context, "context");
        }
    }

    /** x:Get of the instance the SelectorSet names. */
    record Get() implements WsManOperation {
    }

    /**
     * A method call. On the wire parameters have no types: parsed ones are strings, references (EPRs), datetimes
     * (cim:Datetime) or arrays of those; an embedded-instance parameter arrives as its CIM-XML text ({@link CimXml}).
     */
    record Invoke(String method, List<CimProperty> parameters) implements WsManOperation {
        public Invoke {
            Objects.requireNonNull(method, "method");
            parameters = List.copyOf(parameters);
        }

        /** A parameter by name, case-insensitively as WMI matches it; null if absent. */
        public CimProperty parameter(String name) {
            return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }
}
