package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;

/**
 * The categories' question templates with their slots replaced by neutral words ("How far is {A} from {B}?" → "how far
 * is the object from the other object"), the texts a {@link CategoryScorer} compares a question with. One object:
 * "the object"; a second: "the other object"; a list: "these objects"; a threshold: "one meter".
 */
final class NeutralTemplates {

    static final String OBJECT = "the object";
    static final String OTHER = "the other object";
    static final String OBJECTS = "these objects";
    static final String THRESHOLD = "one meter";

    private NeutralTemplates() {
    }

    /** Per category (catalog order), its question templates in neutral words, lower case. */
    static List<List<String>> of(QaCatalog catalog) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < catalog.categories().size(); i++) {
            List<String> texts = new ArrayList<>();
            for (CompiledTemplate t : catalog.templates(i).section(Section.QUESTIONS)) {
                texts.add(neutral(t.text()));
            }
            out.add(List.copyOf(texts));
        }
        return List.copyOf(out);
    }

    static String neutral(String template) {
        return template.replace("{A}", OBJECT).replace("{X}", OBJECT).replace("{B}", OTHER)
                .replace("{objects}", OBJECTS).replace("{threshold}", THRESHOLD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[?.!]", "").strip();
    }
}
