package org.spatiallift.engine.qa.template;

import java.util.Locale;

/** A section of a template file, headed {@code [questions]}, {@code [answers]}, {@code [yes]} or {@code [no]}. */
public enum Section {
    QUESTIONS, ANSWERS, YES, NO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Section byKey(String key) {
        for (Section s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
