package io.hvmon.app.config;

/** Builds the key paths used in messages: {@code listen.port}, {@code hosts[1].name}. */
final class KeyPath {

    private KeyPath() {}

    static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
