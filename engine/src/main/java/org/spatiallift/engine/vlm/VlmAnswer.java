package org.spatiallift.engine.vlm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.ask.text.LengthUnit;
import org.spatiallift.engine.ask.text.Quantity;
import org.spatiallift.engine.ask.text.QuantityReader;

/**
 * What a model's free-text answer says, read for comparison with a measured answer: a quantity (lengths in metres;
 * a range gives its midpoint and ends) and a yes or no. When the answer states several lengths that disagree
 * ("0.8 m tall and 2 m away"), no value is taken: {@link #note()} says why. Numbers and units are read by the shared
 * {@link QuantityReader}; this record only chooses among what it found, and reads yes/no and choices.
 *
 * @param text       the answer as the model gave it
 * @param quantity   the quantity it states, or null
 * @param yes        TRUE or FALSE when it begins with yes or no (or says "the answer is yes"), else null
 * @param quantities every quantity found, in order (spans into {@code text})
 * @param note       why no quantity was taken though numbers were found, or null
 */
public record VlmAnswer(String text, Quantity quantity, Boolean yes, List<Quantity> quantities, String note) {

    private static final Set<String> YES = Set.of("yes", "yeah", "yep", "correct", "true", "affirmative", "indeed");
    private static final Set<String> NO = Set.of("no", "nope", "false", "incorrect", "negative");
    private static final Pattern LEADING_WORD = Pattern.compile("^[^a-z0-9]*([a-z]+)");
    private static final Pattern ANSWER_IS = Pattern.compile("\\banswer(?: is|:)\\s*\"?(yes|no)\\b");
    /** Lengths within this share of each other are one length said twice ("1.5 m (5 ft)"). */
    private static final double SAME_LENGTH = 0.10;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "in", "to", "at", "one", "is", "and");

    public VlmAnswer {
        quantities = List.copyOf(quantities);
    }

    /** {@code text} read; bare numbers stay without a unit. */
    public static VlmAnswer parse(String text) {
        return parse(text, null);
    }

    /**
     * {@code text} read, a bare number taken as {@code bareUnit} when not null (for a question that asked "in meters";
     * the model may then answer "2.5").
     */
    public static VlmAnswer parse(String text, LengthUnit bareUnit) {
        String t = text == null ? "" : text;
        List<Quantity> all = QuantityReader.readAll(t);
        List<Quantity> lengths = new ArrayList<>();
        List<Quantity> others = new ArrayList<>();
        List<Quantity> bare = new ArrayList<>();
        for (Quantity q : all) {
            if (q.length()) {
                lengths.add(q);
            } else if (q.unit() != null) {
                others.add(q);
            } else {
                bare.add(bareUnit == null ? q : q.in(bareUnit));
            }
        }
        if (bareUnit != null && lengths.isEmpty()) {
            lengths = bare;
            bare = List.of();
        }
        Quantity chosen = null;
        String note = null;
        if (!lengths.isEmpty()) {
            chosen = consistent(lengths);
            note = chosen == null ? "it states several different lengths (" + written(t, lengths) + ")" : null;
        } else if (!others.isEmpty()) {
            chosen = others.get(0);
        } else if (!bare.isEmpty()) {
            chosen = consistent(bare);
            note = chosen == null ? "it states several different numbers (" + written(t, bare) + ")" : null;
        }
        return new VlmAnswer(t, chosen, yesNo(t), all, note);
    }

    private static Quantity consistent(List<Quantity> qs) {
        Quantity first = qs.get(0);
        for (Quantity q : qs) {
            double larger = Math.max(Math.abs(q.value()), Math.abs(first.value()));
            if (Math.abs(q.value() - first.value()) > SAME_LENGTH * larger) {
                return null;
            }
        }
        return first;
    }

    private static String written(String text, List<Quantity> qs) {
        return String.join(", ", qs.stream().map(q -> q.written(text)).toList());
    }

    /** The words of this answer that {@code q} was read from ("about 3 ft 6 in" → "3 ft 6 in"). */
    public String written(Quantity q) {
        return q.written(text);
    }

    private static Boolean yesNo(String text) {
        String low = text.toLowerCase(Locale.ROOT).strip();
        Matcher m = LEADING_WORD.matcher(low);
        if (m.find()) {
            if (YES.contains(m.group(1))) {
                return Boolean.TRUE;
            }
            if (NO.contains(m.group(1))) {
                return Boolean.FALSE;
            }
        }
        Matcher a = ANSWER_IS.matcher(low);
        return a.find() ? Boolean.valueOf(a.group(1).equals("yes")) : null;
    }

    /**
     * Which of {@code candidates} (object descriptions, "the red chair") this answer chooses, or −1 when it names none
     * or cannot be told apart. A candidate is named by its description (without the article) or by any of its words
     * that no other candidate has ("the chair" names "the red chair" beside "the table"); when the answer compares
     * ("the chair is taller than the table"), only what comes before "than" counts.
     */
    public int chosen(List<String> candidates) {
        String low = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        int than = low.indexOf(" than ");
        String head = than >= 0 ? low.substring(0, than + 1) : low;
        List<List<String>> distinctive = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            distinctive.add(distinctiveWords(candidates, i));
        }
        int found = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (names(head, candidates.get(i), distinctive.get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean names(String text, String candidate, List<String> distinctive) {
        String phrase = candidate.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip()
                .replaceFirst("^(the|a|an) ", "");
        if (text.contains(" " + phrase + " ") || text.contains(" " + phrase + "s ")) {
            return true;
        }
        for (String w : distinctive) {
            if (text.contains(" " + w + " ") || text.contains(" " + w + "s ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> distinctiveWords(List<String> candidates, int i) {
        List<String> own = words(candidates.get(i));
        List<String> out = new ArrayList<>();
        for (String w : own) {
            boolean shared = false;
            for (int j = 0; j < candidates.size() && !shared; j++) {
                shared = j != i && words(candidates.get(j)).contains(w);
            }
            if (!shared) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when a quantity was taken. */
    public boolean hasQuantity() {
        return quantity != null;
    }
}
