package org.spatiallift.app.viewmodel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.qa.QaObject;

/**
 * "This" in a chat question is the object selected in the Objects tab or clicked in 3D: "how tall is this?", "how
 * far is this chair from the table?" ask about it by its description. "This scene", "this image" and the like keep
 * their meaning; without a selection the question is asked as written.
 */
final class ThisObject {

    private static final Pattern THIS = Pattern.compile(
            "\\bthis(?:\\s+(one|object|thing|item|(?!scene\\b|image\\b|picture\\b|photo\\b|room\\b|frame\\b)([a-z]+)))?\\b",
            Pattern.CASE_INSENSITIVE);

    private ThisObject() {
    }

    /** {@code question} with "this" (and "this one", "this chair" for a selected chair) replaced by its description. */
    static String replace(String question, QaObject selected) {
        if (selected == null) {
            return question;
        }
        Matcher m = THIS.matcher(question);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String word = m.group(2);
            boolean scene = m.group(1) == null && word == null && followedBySceneWord(question, m.end());
            if (scene) {
                continue;
            }
            String name = selected.name().toLowerCase(Locale.ROOT);
            if (word != null && !word.equalsIgnoreCase(name) && !(word + "s").equalsIgnoreCase(name)) {
                // "this big chair", "this is": only the pronoun is the object when the next word is not its name
                m.appendReplacement(out, Matcher.quoteReplacement(selected.description() + " " + word));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(selected.description()));
            }
            any = true;
        }
        if (!any) {
            return question;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean followedBySceneWord(String q, int end) {
        String rest = q.substring(end).stripLeading().toLowerCase(Locale.ROOT);
        for (String w : new String[] {"scene", "image", "picture", "photo", "room", "frame"}) {
            if (rest.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
