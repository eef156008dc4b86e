package io.hvmon.wsman.client;

import io.hvmon.wsman.http.HttpMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a host offered in the {@code WWW-Authenticate} headers of a 401 answer: the scheme names (WinRM sends one
 * header per enabled scheme, e.g. {@code Negotiate} and {@code Basic realm="WSMAN"}; wsman.md §9.1) and, during an
 * NTLM handshake, the challenge token that follows {@code Negotiate} or {@code NTLM}.
 *
 * @param names          the scheme names in the order offered, as the host spells them, each once
 * @param challengeToken the base64 text after {@code Negotiate } or {@code NTLM }, if the host sent one
 */
record OfferedSchemes(List<String> names, Optional<String> challengeToken) {

    /** An HTTP token (RFC 9110 §5.6.2) without '=', of a sensible length. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}");

    OfferedSchemes {
        names = List.copyOf(names);
    }

    /** Reads the {@code WWW-Authenticate} headers of an answer (none at all gives no names). */
    static OfferedSchemes of(HttpMessage response) {
        List<String> names = new ArrayList<>();
        String token = null;
        for (String header : response.headers().all("WWW-Authenticate")) {
            // RFC 7235 allows several challenges in one header, separated by commas outside quotes; a piece whose
            // first word holds '=' is a parameter of the challenge before it, not a scheme.
            for (String piece : splitOutsideQuotes(header)) {
                String challenge = piece.strip();
                int space = challenge.indexOf(' ');
                String scheme = space < 0 ? challenge : challenge.substring(0, space);
                if (!SCHEME.matcher(scheme).matches()) {
                    continue; // a parameter, or not a scheme name: nothing a host sends here reaches an error unchecked
                }
                if (names.stream().noneMatch(scheme::equalsIgnoreCase)) {
                    names.add(scheme);
                }
                String data = space < 0 ? "" : challenge.substring(space + 1).strip();
                if (token == null && !data.isEmpty() && isNtlmCarrier(scheme)) {
                    token = data;
                }
            }
        }
        return new OfferedSchemes(names, Optional.ofNullable(token));
    }

    boolean offersBasic() {
        return names.stream().anyMatch("Basic"::equalsIgnoreCase);
    }

    /** Negotiate, or plain NTLM: hvmon's raw NTLMSSP tokens work under either. */
    boolean offersNegotiate() {
        return names.stream().anyMatch(OfferedSchemes::isNtlmCarrier);
    }

    /** The schemes in words, e.g. "Negotiate", "Negotiate and Basic", "Negotiate, Kerberos and Basic". */
    String inWords() {
        if (names.isEmpty()) {
            return "no scheme at all (its 401 answer has no WWW-Authenticate header)";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static boolean isNtlmCarrier(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("negotiate") || lower.equals("ntlm");
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> pieces = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                pieces.add(header.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(header.substring(start));
        return pieces;
    }
}
