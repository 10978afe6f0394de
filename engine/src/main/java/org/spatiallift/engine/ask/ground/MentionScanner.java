package org.spatiallift.engine.ask.ground;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.spatiallift.engine.perception.detect.Labels;
import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;

/**
 * Finds the phrases of a question that name objects, for questions whose reader gave no mentions. Object words are
 * the scene's labels, the synonym table's words and the shipped label lists (so that an object the scene lacks is
 * found, and said to be missing), singular or plural, up to three words long; "camera", "floor" and the like never
 * name objects. Each is widened to the left over "other", colour and position/size words up to and including an
 * article, and to the right
 * over "on the left", "on the right", "in front", "at the back" and "in the middle" unless "of" follows (then it is a
 * relation: "on the left of the table"). References to the conversation ("it", "them", "that one", "the other one")
 * are found separately.
 */
public final class MentionScanner {

    /**
     * A phrase of the question: words [start, end) of the normalised question; {@code reference} for "it", "them" and
     * the like; {@code indefinite} when it opens with "a", "an", "any" or "some" ("a bigger box" names no object).
     */
    public record Span(int start, int end, String text, boolean reference, boolean indefinite) {
    }

    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an", "any", "some");

    private static final String[] LABEL_LISTS = {
        "/org/spatiallift/resources/labels/coco-80.txt", "/org/spatiallift/resources/labels/open-vocabulary-indoor.txt"};
    private static final String[][] RIGHT_PHRASES = {
        {"on", "the", "far", "left"}, {"on", "the", "far", "right"}, {"on", "the", "left"}, {"on", "the", "right"},
        {"in", "front"}, {"at", "the", "back"}, {"in", "the", "back"}, {"in", "the", "middle"},
        {"in", "the", "centre"}, {"in", "the", "center"}};
    private static final String[][] REFERENCE_PHRASES = {
        {"the", "other", "one"}, {"both", "of", "them"}, {"the", "two", "of", "them"}, {"that", "one"},
        {"this", "one"}, {"the", "other"}, {"it"}, {"them"}, {"both"}, {"itself"}};

    private final Set<String> vocabulary = new HashSet<>();

    public MentionScanner(QaScene scene, LabelSynonyms synonyms) {
        vocabulary.addAll(synonyms.words());
        for (String list : LABEL_LISTS) {
            Labels.fromResource(list).forEach(l -> vocabulary.add(Words.normalise(l)));
        }
        vocabulary.removeAll(Words.NOT_OBJECTS);
        vocabulary.removeIf(w -> Words.colour(w) || Words.ATTRIBUTES.containsKey(w));
        for (QaObject o : scene.objects()) {
            vocabulary.add(Words.normalise(o.name()));
        }
        for (ExcludedObject e : scene.excluded()) {
            if (e.name() != null) {
                vocabulary.add(Words.normalise(e.name()));
            }
        }
        vocabulary.remove("");
    }

    /** The phrases naming objects, in the order written; references to the conversation have {@code reference}. */
    public List<Span> scan(String question) {
        String norm = Words.normalise(question);
        String[] w = norm.isEmpty() ? new String[0] : norm.split(" ");
        List<Span> found = new ArrayList<>();
        boolean[] taken = new boolean[w.length];
        for (int i = 0; i < w.length; i++) {
            int end = objectWordsEnd(w, i);
            if (end < 0 || taken[i]) {
                continue;
            }
            int start = i;
            while (start > 0 && !taken[start - 1] && modifier(w[start - 1])) {
                start--;
                if (Words.ARTICLES.contains(w[start])) {
                    break; // the determiner opens the phrase: "taller, the box" is not "the taller box"
                }
            }
            end = extendRight(w, end);
            for (int k = start; k < end; k++) {
                taken[k] = true;
            }
            found.add(new Span(start, end, join(w, start, end), false, INDEFINITE.contains(w[start])));
            i = end - 1;
        }
        for (int i = 0; i < w.length; i++) {
            for (String[] p : REFERENCE_PHRASES) {
                if (!taken[i] && matches(w, i, p) && free(taken, i, p.length)) {
                    for (int k = i; k < i + p.length; k++) {
                        taken[k] = true;
                    }
                    found.add(new Span(i, i + p.length, join(w, i, i + p.length), true, false));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** The end of the longest object word(s) starting at {@code i}, or −1. */
    private int objectWordsEnd(String[] w, int i) {
        for (int n = Math.min(3, w.length - i); n >= 1; n--) {
            String phrase = join(w, i, i + n);
            String last = w[i + n - 1];
            String singular = phrase.substring(0, phrase.length() - last.length()) + Words.singular(last);
            if (vocabulary.contains(phrase) || vocabulary.contains(singular)) {
                return i + n;
            }
        }
        return -1;
    }

    private static boolean modifier(String word) {
        return Words.ARTICLES.contains(word) || word.equals("other") || word.equals("another") || Words.colour(word)
                || Words.ATTRIBUTES.containsKey(word) && !word.equals("behind") && !word.equals("near");
    }

    private static int extendRight(String[] w, int end) {
        for (String[] p : RIGHT_PHRASES) {
            if (matches(w, end, p) && !(end + p.length < w.length && w[end + p.length].equals("of"))) {
                return end + p.length;
            }
        }
        return end;
    }

    private static boolean matches(String[] w, int at, String[] phrase) {
        if (at + phrase.length > w.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!w[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] taken, int at, int n) {
        for (int k = at; k < at + n; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static String join(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(w).subList(from, to));
    }
}
