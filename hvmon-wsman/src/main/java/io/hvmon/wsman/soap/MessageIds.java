package io.hvmon.wsman.soap;

import java.util.Locale;
import java.util.UUID;

/** Fresh wsa:MessageID values in Windows' form: {@code uuid:} and an upper-case GUID. */
public final class MessageIds {

    private MessageIds() {
    }

    public static String next() {
        return "uuid:" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
