package io.hvmon.app.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds one VM for a check: by id with {@code /hvm/vms/{id}} (one small answer), by name in {@code /hvm/vms}.
 * A VM not found while every host has fresh data is CRITICAL (it is gone); while some host has none, UNKNOWN.
 */
public final class VmLookup {

    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    /**
     * What was found: the VM and whether its data is stale, or the result to report instead.
     *
     * @param where the stale hosts in words, when stale
     */
    public record Found(Map<String, Object> vm, boolean stale, String where, CheckResult instead) {
    }

    private VmLookup() {
    }

    /** {@code --vm ID|NAME}: a GUID is an id, anything else a name. */
    public static Found byIdOrName(HvmonClient client, String subject, String idOrName) throws CheckFailure {
        return GUID.matcher(idOrName).matches() ? byId(client, subject, idOrName.replaceAll("[{}]", ""))
                : byName(client, subject, idOrName);
    }

    public static Found byId(HvmonClient client, String subject, String id) throws CheckFailure {
        ApiAnswer answer = client.get("/hvm/vms/" + HvmonClient.segment(id) + "?values=friendly");
        if (answer.status() == 404) {
            return notFound(subject, answer, "no VM with id " + id);
        }
        Map<String, Object> vm = ok(answer).object();
        return new Found(vm, answer.stale(), where(answer), null);
    }

    public static Found byName(HvmonClient client, String subject, String name) throws CheckFailure {
        ApiAnswer answer = client.get("/hvm/vms?values=friendly");
        List<Map<String, Object>> named = ok(answer).objects().stream()
                .filter(vm -> name.equalsIgnoreCase(Json.text(vm, "name"))).toList();
        if (named.isEmpty()) {
            return notFound(subject, answer, "no VM named " + name);
        }
        if (named.size() > 1) {
            return new Found(null, false, null, CheckResult.unknown(subject, named.size() + " VMs are named " + name
                    + " (ids " + String.join(", ", named.stream().map(vm -> Json.text(vm, "id")).toList())
                    + "): check one by its id"));
        }
        Map<String, Object> vm = named.getFirst();
        return new Found(vm, answer.staleFor(Json.text(vm, "host")), Json.text(vm, "host"), null);
    }

    /** Any answer but 200 says why there is no data (503 before the first collection): UNKNOWN. */
    static ApiAnswer ok(ApiAnswer answer) throws CheckFailure {
        if (answer.status() != 200) {
            throw new CheckFailure("hvmon answered " + answer.status() + ": " + answer.problemDetail());
        }
        return answer;
    }

    private static Found notFound(String subject, ApiAnswer answer, String what) {
        if (answer.stale()) {
            return new Found(null, true, where(answer), CheckResult.unknown(subject, what
                    + ", but not every host has fresh data (" + where(answer) + "): it may be there"));
        }
        return new Found(null, false, null, new CheckResult(subject, Status.CRITICAL, what
                + " on any host hvmon watches (removed or renamed?)", List.of()));
    }

    private static String where(ApiAnswer answer) {
        return answer.incompleteHosts() == null ? "its host" : answer.incompleteHosts();
    }
}
