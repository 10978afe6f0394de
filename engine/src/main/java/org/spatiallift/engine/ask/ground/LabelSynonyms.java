package org.spatiallift.engine.ask.ground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that name the same kind of object ("sofa" and "couch", "mug" and "cup"), from
 * {@value #RESOURCE}: one group per line, words separated by ";". Immutable.
 */
public final class LabelSynonyms {

    static final String RESOURCE = "/org/spatiallift/resources/ask/label-synonyms.csv";
    private static volatile LabelSynonyms builtIn;

    private final Map<String, Set<String>> groups;

    LabelSynonyms(List<List<String>> groups) {
        Map<String, Set<String>> m = new HashMap<>();
        for (List<String> g : groups) {
            Set<String> words = new HashSet<>();
            g.forEach(w -> words.add(Words.normalise(w)));
            for (String w : words) {
                m.computeIfAbsent(w, k -> new HashSet<>()).addAll(words);
            }
        }
        this.groups = Map.copyOf(m);
    }

    /** The shipped table. */
    public static LabelSynonyms builtIn() {
        LabelSynonyms s = builtIn;
        if (s == null) {
            s = new LabelSynonyms(read());
            builtIn = s;
        }
        return s;
    }

    /** True when {@code word} and {@code label} (both normalised) name the same kind of object. */
    public boolean same(String word, String label) {
        return word.equals(label) || groups.getOrDefault(word, Set.of()).contains(label);
    }

    /** Every word of the table (normalised), for finding object words in a question. */
    public Set<String> words() {
        return groups.keySet();
    }

    private static List<List<String>> read() {
        try (InputStream in = LabelSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            List<List<String>> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(List.of(line.split(";")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
