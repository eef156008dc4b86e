package io.hvmon.windows.wmi;

import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimReference;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WMI object paths, the text form COM uses for references and for the targets of GetObject and ExecMethod:
 * {@code \\HOST\root\virtualization\v2:Msvm_ComputerSystem.CreationClassName="Msvm_ComputerSystem",Name="X"},
 * the relative form without server and namespace, numeric keys ({@code Class.Id=5}), the one-key form
 * ({@code Class="X"}) and singletons ({@code Class=@}). Inside quotes {@code \"} and {@code \\} are escapes, so a key
 * may itself hold a quoted path.
 */
public final class WmiObjectPath {

    private WmiObjectPath() {
    }

    /**
     * Parses a path. A path without a namespace takes {@code defaultNamespace}. The key of the one-key form
     * ({@code Class="X"}) has the empty name, as WMI does not say which property it is.
     *
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static CimReference parse(String path, String defaultNamespace) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("empty WMI object path");
        }
        String text = path.strip();
        String namespace = defaultNamespace;
        int colon = namespaceSeparator(text);
        if (colon >= 0) {
            namespace = namespaceOf(text.substring(0, colon), path);
            text = text.substring(colon + 1);
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '=') {
            end++;
        }
        String className = text.substring(0, end).strip();
        if (className.isEmpty()) {
            throw new IllegalArgumentException("no class name in WMI object path '" + path + "'");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        if (end < text.length()) {
            new KeyParser(text, end, path).parseInto(keys);
        }
        return new CimReference(CimNamespaces.normalize(namespace), className, keys);
    }

    /**
     * The relative path WMI's GetObject and ExecMethod take: {@code Class.Key="value",...}, or just the class for a
     * reference without keys (a class, whose static methods are then called).
     */
    public static String format(CimReference reference) {
        return reference.toString();
    }

    /** The namespace in the backslash form ConnectServer takes: {@code ROOT\virtualization\v2}. */
    public static String comNamespace(String namespace) {
        return CimNamespaces.normalize(namespace).replace('/', '\\');
    }

    // The ':' that ends "\\server\namespace:" - not one inside a quoted key value.
    private static int namespaceSeparator(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '.' || c == '=')) {
                return -1;
            } else if (!quoted && c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String namespaceOf(String prefix, String path) {
        String ns = prefix;
        if (ns.startsWith("\\\\") || ns.startsWith("//")) {
            int serverEnd = indexOfSlash(ns, 2);
            if (serverEnd < 0) {
                throw new IllegalArgumentException("no namespace after the server in WMI object path '" + path + "'");
            }
            ns = ns.substring(serverEnd + 1);
        }
        if (ns.isBlank()) {
            throw new IllegalArgumentException("empty namespace in WMI object path '" + path + "'");
        }
        return ns;
    }

    private static int indexOfSlash(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\' || s.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }

    /** Reads {@code .Name=value,Name=value}, {@code ="value"} or {@code =@} from {@code start}. */
    private static final class KeyParser {
        private final String text;
        private final String path;
        private int pos;

        KeyParser(String text, int start, String path) {
            this.text = text;
            this.pos = start;
            this.path = path;
        }

        void parseInto(Map<String, String> keys) {
            if (text.charAt(pos) == '=') {
                pos++;
                if (rest().equals("@")) {
                    return; // a singleton: no keys
                }
                keys.put("", value());
                expectEnd();
                return;
            }
            pos++; // '.'
            while (true) {
                int eq = text.indexOf('=', pos);
                if (eq < 0) {
                    throw malformed("'=' after key name");
                }
                String name = text.substring(pos, eq).strip();
                if (name.isEmpty()) {
                    throw malformed("a key name");
                }
                pos = eq + 1;
                keys.put(name, value());
                skipBlanks();
                if (pos >= text.length()) {
                    return;
                }
                if (text.charAt(pos) != ',') {
                    throw malformed("',' or the end");
                }
                pos++;
            }
        }

        private String value() {
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ' ') {
                pos++;
            }
            String bare = text.substring(start, pos);
            if (bare.isEmpty()) {
                throw malformed("a key value");
            }
            return bare;
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            pos++; // opening quote
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                value.append(c);
            }
            throw malformed("a closing '\"'");
        }

        private void skipBlanks() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private void expectEnd() {
            skipBlanks();
            if (pos != text.length()) {
                throw malformed("the end");
            }
        }

        private String rest() {
            return text.substring(pos).strip();
        }

        private IllegalArgumentException malformed(String expected) {
            return new IllegalArgumentException("malformed WMI object path '" + path + "': expected " + expected
                    + " at position " + pos + " of '" + text + "'");
        }
    }
}
