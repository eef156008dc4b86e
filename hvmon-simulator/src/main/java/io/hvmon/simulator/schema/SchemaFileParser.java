package io.hvmon.simulator.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code hyperv-schema-props.txt}: {@code ##### <release> <namespace>} opens a section, {@code ## <Class> (chain...)}
 * names a class and the next line lists its properties as {@code Name:type, Name:type, ...}. Lines starting with a
 * single {@code #} are comments.
 */
final class SchemaFileParser {

    private SchemaFileParser() {
    }

    /** Release name (e.g. {@code server2019}) to the classes of all its namespaces, in file order. */
    static Map<String, List<ClassSchema>> parse(Reader source) throws IOException {
        Map<String, List<ClassSchema>> releases = new LinkedHashMap<>();
        String release = null;
        String namespace = null;
        String className = null;
        BufferedReader reader = new BufferedReader(source);
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            line = line.strip();
            if (line.startsWith("##### ")) {
                String[] parts = line.substring(6).strip().split("\\s+");
                if (parts.length != 2) {
                    throw new IOException("line " + lineNumber + ": expected '##### <release> <namespace>'");
                }
                release = parts[0];
                namespace = parts[1];
                className = null;
            } else if (line.startsWith("## ")) {
                className = line.substring(3).strip().split("\\s+")[0];
            } else if (line.isEmpty() || line.startsWith("#")) {
                continue;
            } else {
                if (release == null || className == null) {
                    throw new IOException("line " + lineNumber + ": properties outside a class section");
                }
                releases.computeIfAbsent(release, r -> new ArrayList<>())
                        .add(new ClassSchema(namespace, className, parseProperties(line, lineNumber)));
                className = null;
            }
        }
        return releases;
    }

    private static List<PropertySchema> parseProperties(String line, int lineNumber) throws IOException {
        List<PropertySchema> properties = new ArrayList<>();
        for (String item : line.split(",")) {
            String[] nameAndType = item.strip().split(":");
            if (nameAndType.length != 2) {
                throw new IOException("line " + lineNumber + ": expected Name:type, got '" + item.strip() + "'");
            }
            try {
                properties.add(PropertyTypes.resolve(nameAndType[0].strip(), nameAndType[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }
}
