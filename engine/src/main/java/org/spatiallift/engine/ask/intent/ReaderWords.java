package org.spatiallift.engine.ask.intent;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spatiallift.engine.perception.detect.Labels;
import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;

/**
 * The word lists the reader is made from: the words of the question templates and patterns (what misspellings are
 * corrected to, and what is structure rather than an object), and the words of the object labels and colour names
 * (never corrected: "vase" is not a misspelt "base", "black" not a misspelt "back").
 */
final class ReaderWords {

    private static final List<String> LABEL_LISTS = List.of("/org/spatiallift/resources/labels/coco-80.txt",
            "/org/spatiallift/resources/labels/open-vocabulary-indoor.txt");
    private static final String COLOURS = "/org/spatiallift/resources/colors/color-names.csv";

    private ReaderWords() {
    }

    /** The words of the object labels and of the colour names (never corrected as misspellings). */
    static Set<String> labelsAndColours() {
        Set<String> out = new HashSet<>();
        try (java.io.InputStream in = ReaderWords.class.getResourceAsStream(COLOURS)) {
            if (in == null) {
                throw new IllegalStateException("the colour names " + COLOURS + " are not on the class path; the "
                        + "resources module (spatiallift-resources) must be on the class path");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()) {
                if (!line.startsWith("#")) {
                    for (String w : line.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                        if (w.length() > 1) {
                            out.add(w);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the colour names " + COLOURS + ": " + e.getMessage(), e);
        }
        for (String list : LABEL_LISTS) {
            for (String label : Labels.fromResource(list)) {
                for (String w : label.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** The words of every question template and paraphrase pattern, and the words people wrap questions in. */
    static Set<String> vocabulary(QaCatalog catalog, List<String> patternLines, Set<String> extra) {
        Set<String> out = new HashSet<>(extra);
        for (int i = 0; i < catalog.categories().size(); i++) {
            for (CompiledTemplate t : catalog.templates(i).section(Section.QUESTIONS)) {
                for (Word w : QuestionText.of(t.text(), true).words()) {
                    if (!w.text().startsWith("{")) {
                        out.add(w.text());
                    }
                }
            }
        }
        for (String line : patternLines) {
            if (!line.startsWith("#")) {
                for (String w : line.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }
}
