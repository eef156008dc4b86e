package io.hvmon.app.api.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-None-Match} field (RFC 9110 §13.1.2): {@code *}, or a list of entity tags, strong ({@code "x"}) or weak
 * ({@code W/"x"}). It matches by the weak comparison the RFC prescribes for it: two tags match when their quoted parts
 * are equal, whether either is weak. A field that does not parse matches nothing: a full answer is always safe.
 */
final class EntityTags {

    private static final EntityTags NOTHING = new EntityTags(false, List.of());

    private final boolean any;
    private final List<String> opaqueTags;

    private EntityTags(boolean any, List<String> opaqueTags) {
        this.any = any;
        this.opaqueTags = opaqueTags;
    }

    /** @param values every {@code If-None-Match} field line, in order; not empty */
    static EntityTags parse(List<String> values) {
        String field = String.join(",", values).trim();
        if (field.equals("*")) {
            return new EntityTags(true, List.of());
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (field.startsWith("W/", i)) {
                i += 2;
            }
            int close = i < field.length() && field.charAt(i) == '"' ? field.indexOf('"', i + 1) : -1;
            if (close < 0) {
                return NOTHING;
            }
            tags.add(field.substring(i, close + 1));
            i = close + 1;
            if (i < field.length() && field.charAt(i) != ',' && field.charAt(i) != ' ' && field.charAt(i) != '\t') {
                return NOTHING;
            }
        }
        return new EntityTags(false, List.copyOf(tags));
    }

    /** Whether the current representation's tag (strong, quoted) matches: its client copy is current. */
    boolean matches(String etag) {
        return any || opaqueTags.contains(etag);
    }
}
