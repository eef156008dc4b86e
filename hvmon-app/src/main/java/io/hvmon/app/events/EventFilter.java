package io.hvmon.app.events;

import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.Request;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events a client wants: {@code host} (a host name), {@code vm} (a VM GUID or display name), {@code type}
 * (a comma-separated list of types). Names compare ignoring case; an absent parameter matches everything.
 */
public record EventFilter(String host, String vm, Set<EventType> types) {

    public static final EventFilter ALL = new EventFilter(null, null, EnumSet.allOf(EventType.class));

    public EventFilter {
        types = Set.copyOf(types);
    }

    /** From the query; an unknown type is a 400 naming the known ones. */
    public static EventFilter of(Request request) {
        String types = request.param("type");
        return new EventFilter(blankToNull(request.param("host")), blankToNull(request.param("vm")),
                types == null || types.isBlank() ? ALL.types : types(types));
    }

    /** Parses {@code vm_state,vm_health}; throws a 400 problem for a name that is not a type. */
    static Set<EventType> types(String list) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            types.add(EventType.parse(name).orElseThrow(() -> new ProblemException(Problem.badRequest(
                    "unknown event type '" + name.strip() + "' in 'type'; known types: " + known()))));
        }
        return types;
    }

    static String known() {
        return Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));
    }

    public boolean matches(ChangeEvent event) {
        if (!types.contains(event.type())) {
            return false;
        }
        if (host != null && !host.equalsIgnoreCase(event.change().host())) {
            return false;
        }
        return vm == null || vm.equalsIgnoreCase(event.change().vmId()) || vm.equalsIgnoreCase(event.change().vmName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
