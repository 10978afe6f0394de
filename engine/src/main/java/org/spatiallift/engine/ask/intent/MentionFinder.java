package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds object mentions in a question no shape matched: runs of words that start with a determiner or are a
 * pronoun ("the red chair on the left", "it", "that one") and end before a structural word ("than", "from", "and",
 * "is", ",", …). A run whose words are all question vocabulary ("the height", "the camera") is not an object. Used
 * with the category a {@link CategoryScorer} picks; the mentions come in the order written.
 */
final class MentionFinder {

    private static final Set<String> STARTS = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your",
            "our", "his", "her", "their", "it", "them", "another", "each");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "that", "them", "this one", "that one",
            "the other one", "the other", "the one");
    private static final Set<String> BOUNDARIES = Set.of("than", "from", "to", "and", "or", "between", "is", "are",
            "was", "were", "does", "do", "did", "of", "with", "compared", "relative", "versus", "vs", "as", "by", "at",
            "which", "what", "how", "where", "who", "would", "could", "should", "can", "be", "if", "when", "in", "into",
            "over", "under", "above", "below", "behind", "next", "near", "beside", "on", "'s", ",", ":", ";", "stand",
            "stands", "sit", "sits", "lie", "lies", "look", "looks", "appear", "appears", "get", "go", "reach", "hang",
            "hangs", "rest", "rests", "lean", "leans", "stick", "sticks", "sitting", "standing", "lying", "hanging",
            "taller", "shorter", "wider", "thinner", "bigger", "smaller", "higher", "lower", "closer", "nearer",
            "farther", "further", "larger", "narrower", "far", "tall", "wide", "deep", "high", "big", "long", "away",
            "apart");
    /** Nouns of what is measured: "the height", "the gap" start no mention. */
    private static final Set<String> MEASURES = Set.of("height", "tallness", "width", "depth", "length", "size",
            "distance", "gap", "space", "spacing", "room", "elevation", "count", "number", "ratio", "order", "side",
            "top", "bottom", "edge", "centre", "center", "middle", "floor", "ground", "camera", "difference", "offset");
    /** Words that go on inside a mention although they are question vocabulary: "the chair on the left". */
    private static final Set<String> INSIDE = Set.of("on", "the", "left", "right", "one", "other");

    private final Set<String> vocabulary;

    MentionFinder(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The mentions of {@code text}, each as its words, in the order written. */
    List<List<Word>> find(QuestionText text) {
        List<Word> ws = text.words();
        List<List<Word>> out = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            String w = ws.get(i).text();
            if (!STARTS.contains(w)) {
                i++;
                continue;
            }
            if (i + 1 < ws.size() && MEASURES.contains(ws.get(i + 1).text())) {
                i += 2; // "the tallness of the bookcase": the measure, then the object
                continue;
            }
            int j = i + 1;
            if (!w.equals("it") && !w.equals("them")) {
                while (j < ws.size() && (!BOUNDARIES.contains(ws.get(j).text())
                        || (ws.get(j).text().equals("on") && j + 2 < ws.size() && ws.get(j + 1).text().equals("the")
                        && (ws.get(j + 2).text().equals("left") || ws.get(j + 2).text().equals("right"))))) {
                    j++;
                }
            }
            List<Word> run = List.copyOf(ws.subList(i, j));
            if (objectLike(run)) {
                out.add(run);
            }
            i = j;
        }
        return out;
    }

    private boolean objectLike(List<Word> run) {
        StringBuilder sb = new StringBuilder();
        boolean unknownWord = false;
        for (Word w : run) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
            if (!vocabulary.contains(w.text()) && !STARTS.contains(w.text()) && !INSIDE.contains(w.text())) {
                unknownWord = true;
            }
        }
        return unknownWord || PRONOUNS.contains(sb.toString());
    }
}
