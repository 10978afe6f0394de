package org.spatiallift.app.viewmodel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.qa.QaObject;

/**
 * "This" in a chat question is the object selected in the Objects tab or clicked in 3D: "how tall is this?", "how
 * far is this lamp from the table?" ask about it by its description. Words after "this" that name the selected object
 * ("this lamp", "this floor lamp" for the floor lamp) go with it; "this chair" when another kind of object is selected
 * names a chair, and is left as written; "this scene", "this image" and the like keep their meaning. Without a
 * selection the question is asked as written.
 */
final class ThisObject {

    private static final Pattern THIS = Pattern.compile("\\bthis\\b((?:\\s+[a-z]+){0,3})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCENE_WORDS = Set.of("scene", "image", "picture", "photo", "room", "frame");
    private static final Set<String> PRONOUN_WORDS = Set.of("one", "object", "thing", "item");

    private ThisObject() {
    }

    /** True when {@code question} says "this" about an object (not "this scene" or the like). */
    static boolean mentions(String question) {
        Matcher m = THIS.matcher(question);
        while (m.find()) {
            String[] next = words(m.group(1));
            if (next.length == 0 || !SCENE_WORDS.contains(next[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code question} with "this" (and the words after it that name {@code selected}) replaced by its description;
     * {@code labels} are the names of every object questions can name, so "this chair" with a table selected stays.
     */
    static String replace(String question, QaObject selected, Collection<String> labels) {
        if (selected == null) {
            return question;
        }
        Set<String> own = Set.copyOf(Arrays.asList(words(selected.name())));
        Matcher m = THIS.matcher(question);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String[] next = words(m.group(1));
            if (next.length > 0 && SCENE_WORDS.contains(next[0])) {
                continue;
            }
            int taken = 0;
            while (taken < next.length && (own.contains(next[taken]) || own.contains(singular(next[taken]))
                    || taken == 0 && PRONOUN_WORDS.contains(next[taken]))) {
                taken++;
            }
            if (taken == 0 && next.length > 0 && namesAnother(next[0], own, labels)) {
                continue; // "this chair" with a table selected: a chair is meant
            }
            String rest = restAfter(m.group(1), taken);
            m.appendReplacement(out, Matcher.quoteReplacement(selected.description() + rest));
            any = true;
        }
        if (!any) {
            return question;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean namesAnother(String word, Set<String> own, Collection<String> labels) {
        for (String label : labels) {
            for (String w : words(label)) {
                if ((w.equals(word) || w.equals(singular(word))) && !own.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of {@code group} after its first {@code taken} words (with the space before what remains). */
    private static String restAfter(String group, int taken) {
        Matcher w = Pattern.compile("\\s+[A-Za-z]+").matcher(group);
        int end = 0;
        for (int k = 0; k < taken && w.find(); k++) {
            end = w.end();
        }
        return group.substring(end);
    }

    private static String[] words(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
