package io.hvmon.wsman.ntlm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where {@link NtlmServer} finds a user's password. The domain is passed as the client sent it (often empty). */
@FunctionalInterface
public interface CredentialLookup {

    Optional<String> password(String user, String domain);

    /** Users matched case-insensitively, in any domain, as Windows treats local accounts. */
    static CredentialLookup of(Map<String, String> passwordsByUser) {
        TreeMap<String, String> byUser = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byUser.putAll(passwordsByUser);
        return (user, domain) -> Optional.ofNullable(byUser.get(user));
    }

    static CredentialLookup single(String user, String password) {
        String wanted = user.toLowerCase(Locale.ROOT);
        return (u, d) -> u.toLowerCase(Locale.ROOT).equals(wanted) ? Optional.of(password) : Optional.empty();
    }
}
