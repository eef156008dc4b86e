package io.hvmon.app.api.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) lets us answer with gzip:
 * <ul>
 *   <li>no header, or an empty one: identity only (the RFC would allow any coding, but clients that say nothing,
 *       such as plain curl, expect plain bytes);</li>
 *   <li>{@code gzip} or {@code x-gzip} listed, or {@code *}, with a q-value above 0 (default 1): acceptable, and
 *       preferred unless {@code identity} is listed with a higher q-value;</li>
 *   <li>{@code gzip;q=0}, or gzip not listed and no {@code *}: not acceptable.</li>
 * </ul>
 * An element with a malformed q-value is ignored, as if absent. Identity is always sent when gzip is not: refusing it
 * too ({@code identity;q=0}) would leave nothing to answer with, and a 406 helps nobody here.
 */
public final class AcceptEncoding {

    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private AcceptEncoding() {
    }

    /** @param values every {@code Accept-Encoding} field line of the request, in order */
    public static boolean allowsGzip(List<String> values) {
        Map<String, Double> q = new HashMap<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                parse(element, q);
            }
        }
        Double gzip = q.containsKey("gzip") ? q.get("gzip") : q.get("*");
        if (gzip == null || gzip <= 0) {
            return false;
        }
        Double identity = q.get("identity");
        return identity == null || gzip >= identity;
    }

    /** One {@code coding;q=N} element into the map; x-gzip counts as gzip (RFC 9110 §8.4.1.3). */
    private static void parse(String element, Map<String, Double> q) {
        String[] parts = element.split(";");
        String coding = parts[0].trim().toLowerCase(Locale.ROOT);
        if (coding.isEmpty()) {
            return;
        }
        double weight = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).trim().equalsIgnoreCase("q")) {
                continue;
            }
            String number = parameter.substring(eq + 1).trim();
            if (!QVALUE.matcher(number).matches()) {
                return;
            }
            weight = Double.parseDouble(number);
        }
        q.merge(coding.equals("x-gzip") ? "gzip" : coding, weight, Math::max);
    }
}
