package org.spatiallift.engine.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which ground-truth class names count as the same kind of object as a label, from
 * {@code resources/.../validate/class-compatibility.csv}. Names compare case-insensitively with "_" as a space; a
 * label always matches the same name.
 */
public final class ClassCompatibility {

    static final String RESOURCE = "/org/spatiallift/resources/validate/class-compatibility.csv";

    private final Map<String, Set<String>> table;

    private ClassCompatibility(Map<String, Set<String>> table) {
        this.table = table;
    }

    /** The shipped table. */
    public static ClassCompatibility builtIn() {
        try (InputStream in = ClassCompatibility.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            Map<String, Set<String>> table = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                Set<String> names = new HashSet<>();
                for (String n : line.substring(comma + 1).split(";")) {
                    names.add(normal(n));
                }
                table.put(normal(line.substring(0, comma)), names);
            }
            return new ClassCompatibility(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an object labelled {@code label} may be the annotated {@code groundTruthName}. */
    public boolean compatible(String label, String groundTruthName) {
        String l = normal(label);
        String g = normal(groundTruthName);
        return l.equals(g) || table.getOrDefault(l, Set.of()).contains(g);
    }

    static String normal(String name) {
        return name.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
