package org.spatiallift.engine.plausibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typical metric sizes and supports by label, from {@code resources/.../objects/class-plausibility.csv} (its header
 * documents the columns and where the ranges come from). Labels compare case-insensitively. Immutable.
 */
public final class ClassSizeTable {

    static final String RESOURCE = "/org/spatiallift/resources/objects/class-plausibility.csv";
    static final String HEADER = "label,height_min,height_max,length_min,length_max,thin_min,thin_max,support";

    private static volatile ClassSizeTable builtIn;

    private final Map<String, ClassSize> byLabel;

    private ClassSizeTable(Map<String, ClassSize> byLabel) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    /** The shipped table (read once). */
    public static ClassSizeTable builtIn() {
        ClassSizeTable t = builtIn;
        if (t == null) {
            t = read();
            builtIn = t;
        }
        return t;
    }

    private static ClassSizeTable read() {
        try (InputStream in = ClassSizeTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build: rebuild the "
                        + "resources module");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
            return parse(lines, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table from CSV lines: {@code #} comments and blank lines skipped, then the header {@value #HEADER}, then one
     * row per label.
     *
     * @param source the file or resource the lines come from, for messages
     * @throws IllegalArgumentException naming the line, the value and the problem when a line does not parse
     */
    public static ClassSizeTable parse(List<String> lines, String source) {
        Map<String, ClassSize> table = new LinkedHashMap<>();
        boolean header = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (n + 1);
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(where + ": the header is \"" + line + "\", expected \"" + HEADER
                            + "\"; fix the header");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException(where + ": " + f.length + " fields in \"" + line + "\", expected 8 ("
                        + HEADER + ")");
            }
            String label = normal(f[0]);
            Support support = Support.parse(f[7]);
            if (support == null) {
                throw new IllegalArgumentException(where + ": support \"" + f[7] + "\" is none of floor, raised, any, "
                        + "hanging, wall");
            }
            ClassSize size;
            try {
                size = new ClassSize(label, range(f, 1, where), range(f, 3, where), range(f, 5, where), support);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " (" + label + "): " + e.getMessage(), e);
            }
            if (table.put(label, size) != null) {
                throw new IllegalArgumentException(where + ": label \"" + label + "\" appears twice; keep one row");
            }
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header line \"" + HEADER + "\" and no rows");
        }
        return new ClassSizeTable(table);
    }

    private static SizeRange range(String[] f, int at, String where) {
        return new SizeRange(number(f[at], where), number(f[at + 1], where));
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": \"" + text + "\" is not a number of metres", e);
        }
    }

    /** The entry for {@code label}, or null when the table has none. */
    public ClassSize find(String label) {
        return label == null ? null : byLabel.get(normal(label));
    }

    /** Every label with an entry, in the table's order. */
    public Set<String> labels() {
        return byLabel.keySet();
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
