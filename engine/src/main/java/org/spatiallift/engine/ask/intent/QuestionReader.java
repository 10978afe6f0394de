package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.ask.Intent;
import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.ask.IntentReader;
import org.spatiallift.engine.ask.text.Quantity;
import org.spatiallift.engine.ask.text.QuantityReader;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;

/**
 * Reads a question into its {@link Intent}, rules first:
 * <ol>
 *   <li>the QA templates of every category as written, each slot a capture ({A}, {B}, {X}, the list {objects} split
 *       on commas, "and" and "or", {threshold} read by {@link QuantityReader}): a generated question reads back as its
 *       category with the generator's descriptions, in the category's order;</li>
 *   <li>questions that say what no geometry answers (who, why, when, whose, colour, price, brand, weight, …):
 *       UNSUPPORTED;</li>
 *   <li>the question normalised ({@link Normaliser}: case, contractions, chat spellings, misspellings, polite
 *       openings) against the templates normalised the same way and the paraphrase patterns of
 *       {@value PatternBook#PATTERNS} (WITHIN and SUMMARY among them);</li>
 *   <li>otherwise a {@link CategoryScorer} over the categories' own templates with neutral slots (tf-idf, or the
 *       all-MiniLM-L6-v2 embeddings), its mentions found by {@link MentionFinder}; UNSUPPORTED below the scorer's
 *       threshold.</li>
 * </ol>
 * Confidence: 1 for a template as written, 0.9 for a normalised template, 0.8 for a paraphrase pattern, and
 * {@value #SCORED} × the similarity for a scorer's reading.
 * Of the shapes that match, the one with the most literal words wins; when shapes of different categories tie, the
 * scorer picks between them. Mentions are handed on as the user wrote them (spans of the original text), pronouns
 * included ("it", "that one"); the units asked in ("in feet") are read once ({@link AskedUnits}). Thread-safe after
 * construction.
 */
public final class QuestionReader implements IntentReader {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionReader.class);
    /** A scorer's reading is less sure than any rule's (1, 0.9, 0.8): its confidence is this times its score. */
    static final double SCORED = 0.7;
    /**
     * Words no object mention holds: a shape that leaves one inside a mention ("the fridge shorter than the cabinet"
     * in "is {A} on the right") read the question's structure as an object.
     */
    private static final Set<String> NEVER_INSIDE = Set.of("than", "is", "are", "does", "do", "which", "how", "what");
    /** Words that make one mention a group of objects ("the three chairs", "all the cups", "these"). */
    private static final Set<String> GROUPS = Set.of("two", "three", "four", "five", "all", "these", "those", "both",
            "them");
    /** Words that say the question is about something no measurement answers. */
    private static final Set<String> UNSUPPORTED_WORDS = Set.of("why", "when", "whose", "brand", "cost", "costs",
            "price", "owns", "owner", "owned", "thinking", "raining", "weather", "turned", "switched", "color", "colors",
            "material", "weigh", "weighs", "weight", "heavy", "heavier", "lighter", "expensive", "cheap", "cheaper",
            "bought", "buy", "feel", "feeling", "smell", "taste", "named", "called", "mood", "happy", "sad", "age",
            "emotion", "purpose", "doing", "happening");
    private static final List<List<String>> UNSUPPORTED_PHRASES = List.of(List.of("made", "of"), List.of("how", "old"),
            List.of("what", "time"), List.of("who", "owns"), List.of("what", "kind"), List.of("what", "type"));
    /** Words a mention cannot start with: a shape that leaves one there split the question in the wrong place. */
    private static final Set<String> BAD_STARTS = Set.of("to", "from", "than", "of", "and", "or", "is", "are", "does",
            "do", "with", "in", "which", "what", "how", "why", "who", "where", "when", "by", "as", "'s", "would",
            "could", "can", "will", "compared", "relative", "facing", "at", "off", "apart", "away");
    /** Words people use around questions that the templates do not contain (kept out of typo correction). */
    private static final Set<String> EXTRA_WORDS = Set.of("think", "wonder", "know", "tell", "please", "want",
            "would", "like", "need", "question", "guess", "thanks", "hello", "okay", "right", "picture", "image",
            "photo", "scene", "room", "objects", "things", "items", "list", "describe", "anything", "there", "here",
            "more", "less", "than", "then", "what", "which", "where", "does", "doing", "between", "distance",
            "closest", "nearest", "farthest", "furthest", "tallest", "shortest", "equilateral", "triangle", "inches",
            "feet", "meters", "meter", "centimeters", "imperial", "metric", "both", "count", "order", "sort", "rank");

    private final QaCatalog catalog;
    private final Normaliser normaliser;
    private final PatternBook exact;
    private final PatternBook normalised;
    private final MentionFinder mentions;
    private final CategoryScorer scorer;

    private QuestionReader(QaCatalog catalog, CategoryScorer scorer, List<String> patternLines) {
        this.catalog = catalog;
        Set<String> labels = ReaderWords.labelsAndColours();
        Set<String> vocabulary = ReaderWords.vocabulary(catalog, patternLines, EXTRA_WORDS);
        // words that mark a question as unsupported are known (never corrected) but never a correction either
        Set<String> known = new HashSet<>(labels);
        known.addAll(UNSUPPORTED_WORDS);
        known.add("time");
        this.normaliser = new Normaliser(new TypoCorrector(vocabulary, known));
        this.exact = PatternBook.exactTemplates(catalog);
        this.normalised = PatternBook.normalised(catalog, normaliser, patternLines);
        Set<String> structural = new HashSet<>(vocabulary);
        structural.removeAll(labels);
        this.mentions = new MentionFinder(structural);
        this.scorer = scorer;
    }

    /** A reader on rules, with a tf-idf scorer over the templates for questions no rule reads. */
    public static QuestionReader rules() {
        QaCatalog catalog = QaCatalog.standard();
        return new QuestionReader(catalog, new TfIdfScorer(NeutralTemplates.of(catalog)), PatternBook.shippedPatterns());
    }

    /**
     * A reader on rules, with sentence embeddings over the templates for questions no rule reads. The templates are
     * embedded once, when a question first needs them ({@link EmbeddingScorer}); the reader serialises its calls to
     * {@code embedder} and does not close it.
     */
    public static QuestionReader withEmbeddings(TextEmbedder embedder) {
        QaCatalog catalog = QaCatalog.standard();
        return new QuestionReader(catalog, new EmbeddingScorer(embedder, NeutralTemplates.of(catalog)),
                PatternBook.shippedPatterns());
    }

    /** The scorer used when no rule reads a question ("tf-idf" or the embedding model's id). */
    public String scorerName() {
        return scorer.name();
    }

    @Override
    public Intent read(String question) {
        String q = question == null ? "" : question;
        QuestionText light = QuestionText.of(q, false);
        if (light.words().stream().allMatch(Word::separator)) {
            return Intent.unsupported(q);
        }
        AskedUnits.Result asked = AskedUnits.read(light.words());
        Units units = asked.units();
        QuestionText plain = light.with(asked.words());
        PatternBook.Found exactly = exact.best(plain, c -> valid(plain, c));
        QuestionText normal = light.with(normaliser.normalise(asked.words()));
        if (exactly == null && (normal.words().isEmpty() || unsupported(plain) || unsupported(normal))) {
            return Intent.unsupported(q);
        }
        QuestionText text = normal;
        PatternBook.Found found = normal.words().isEmpty() ? null : normalised.best(normal, c -> valid(normal, c));
        if (found == null && !normal.words().isEmpty() && normal.words().get(0).text().equals("the")) {
            // "(tell me) the spacing between A and B": the question with its "what is" left out
            List<Word> words = new ArrayList<>(List.of(new Word("what", 0, 0), new Word("is", 0, 0)));
            words.addAll(normal.words());
            QuestionText whatIs = normal.with(words);
            found = normalised.best(whatIs, c -> valid(whatIs, c));
            text = found != null ? whatIs : normal;
        }
        // a template as written wins unless a normalised shape reads more of the question as literal words ("how far
        // apart are A and B at their closest" is not "how far apart are A and B" with B = "B at their closest")
        // and a question a template reads is never UNSUPPORTED by a pattern
        if (exactly != null && (found == null || found.entry().kind() == IntentKind.UNSUPPORTED
                || found.match().literalWords() <= exactly.match().literalWords())) {
            return build(q, plain, chooseAmongTies(exactly, plain), units, normaliser::correct);
        }
        if (found != null) {
            return build(q, text, chooseAmongTies(found, text), units, w -> w);
        }
        if (text.words().get(0).text().equals("who")) {
            return Intent.unsupported(q);
        }
        return byScore(q, text, units);
    }

    /** The shape the scorer prefers when shapes of different categories matched equally well. */
    private PatternBook.Candidate chooseAmongTies(PatternBook.Found found, QuestionText text) {
        PatternBook.Candidate first = found.tied().get(0);
        boolean differ = found.tied().stream().anyMatch(c -> c.entry().kind() != first.entry().kind()
                || !java.util.Objects.equals(c.entry().category(), first.entry().category()));
        if (!differ) {
            return first;
        }
        double[] s = scorer.scores(neutral(text, mentions.find(text)));
        PatternBook.Candidate best = first;
        double bestScore = -1;
        for (PatternBook.Candidate c : found.tied()) {
            double v = c.entry().category() == null ? 0 : s[catalog.indexOf(c.entry().category())];
            if (v > bestScore) {
                best = c;
                bestScore = v;
            }
        }
        LOG.debug("\"{}\": shapes of several categories tie ({}); {} picks {}", text.original(),
                found.tied().stream().map(c -> c.entry().origin()).toList(), scorer.name(), best.entry().origin());
        return best;
    }

    private Intent build(String q, QuestionText text, PatternBook.Candidate c, Units units,
                         java.util.function.UnaryOperator<Word> fix) {
        PatternEntry e = c.entry();
        Map<SlotPattern.Slot, int[]> slots = c.match().slots();
        double threshold = Double.NaN;
        int[] t = slots.get(SlotPattern.Slot.THRESHOLD);
        if (t != null) {
            threshold = QuantityReader.readLength(text.source(t[0], t[1])).map(Quantity::value).orElse(Double.NaN);
        }
        List<String> ms = new ArrayList<>();
        switch (e.kind()) {
            case WITHIN -> ms.add(mention(text, slots.get(SlotPattern.Slot.X), fix));
            case SUMMARY -> {
            }
            case UNSUPPORTED -> {
                return Intent.unsupported(q);
            }
            case CATEGORY -> {
                Arity arity = Categories.byName(e.category()).arity();
                switch (arity) {
                    case ONE -> ms.add(mention(text, slots.get(SlotPattern.Slot.A), fix));
                    case TWO -> {
                        ms.add(mention(text, slots.get(SlotPattern.Slot.A), fix));
                        ms.add(mention(text, slots.get(SlotPattern.Slot.B), fix));
                    }
                    case THREE -> ms.addAll(list(text, slots.get(SlotPattern.Slot.OBJECTS), fix));
                    case TARGET_AND_CANDIDATES -> {
                        ms.add(mention(text, slots.get(SlotPattern.Slot.X), fix));
                        ms.addAll(list(text, slots.get(SlotPattern.Slot.OBJECTS), fix));
                    }
                    case TARGET_AND_ALL -> ms.add(mention(text, slots.get(SlotPattern.Slot.X), fix));
                }
            }
        }
        return new Intent(q, e.kind(), e.category(), ms, threshold, units, e.confidence());
    }

    private static String mention(QuestionText text, int[] range, java.util.function.UnaryOperator<Word> fix) {
        if (range == null) {
            return "";
        }
        return text.source(text.wordsIn(range[0], range[1]).stream().filter(w -> !w.separator()).map(fix).toList());
    }

    /** The items of a list slot: split on separators, "and" and "or". */
    private static List<String> list(QuestionText text, int[] range, java.util.function.UnaryOperator<Word> fix) {
        List<String> out = new ArrayList<>();
        if (range == null) {
            return out;
        }
        List<Word> part = new ArrayList<>();
        for (Word w : text.wordsIn(range[0], range[1])) {
            if (w.separator() || w.text().equals("and") || w.text().equals("or")) {
                if (!part.isEmpty()) {
                    out.add(text.source(part));
                }
                part.clear();
            } else {
                part.add(fix.apply(w));
            }
        }
        if (!part.isEmpty()) {
            out.add(text.source(part));
        }
        return out;
    }

    /** True when every mention a shape leaves is a phrase that can name an object, and a threshold reads as one. */
    private static boolean valid(QuestionText text, PatternBook.Candidate c) {
        for (Map.Entry<SlotPattern.Slot, int[]> s : c.match().slots().entrySet()) {
            List<Word> ws = text.wordsIn(s.getValue()[0], s.getValue()[1]).stream().filter(w -> !w.separator())
                    .toList();
            if (ws.isEmpty()) {
                return false;
            }
            switch (s.getKey()) {
                case THRESHOLD -> {
                    if (QuantityReader.readLength(text.source(ws)).isEmpty()) {
                        return false;
                    }
                }
                case OBJECTS -> {
                    // a list of objects, or one group named as such ("the three chairs", "these"): grounding expands it
                    if (list(text, s.getValue(), w -> w).size() < 2 && !GROUPS.contains(ws.get(0).text())
                            && !(ws.size() > 1 && GROUPS.contains(ws.get(1).text()))) {
                        return false;
                    }
                }
                default -> {
                    if (BAD_STARTS.contains(ws.get(0).text()) || BAD_STARTS.contains(ws.get(ws.size() - 1).text())
                            || ws.stream().anyMatch(w -> NEVER_INSIDE.contains(w.text()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean unsupported(QuestionText text) {
        List<Word> ws = text.words();
        for (int i = 0; i < ws.size(); i++) {
            if (UNSUPPORTED_WORDS.contains(ws.get(i).text())) {
                return true;
            }
            for (List<String> p : UNSUPPORTED_PHRASES) {
                if (i + p.size() <= ws.size() && p.equals(ws.subList(i, i + p.size()).stream().map(Word::text).toList())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The category a scorer finds most alike, with the mentions found in the order the category names them. */
    private Intent byScore(String q, QuestionText text, Units units) {
        List<List<Word>> found = mentions.find(text);
        double[] s = scorer.scores(neutral(text, found));
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        if (s[best] < scorer.threshold()) {
            LOG.debug("\"{}\": no rule reads it and {} finds no category alike enough ({} at {})", q, scorer.name(),
                    catalog.categories().get(best).name(), s[best]);
            return Intent.unsupported(q);
        }
        String category = catalog.categories().get(best).name();
        List<String> ms = new ArrayList<>();
        for (List<Word> m : found) {
            ms.add(text.source(m));
        }
        Arity arity = Categories.byName(category).arity();
        int needed = switch (arity) {
            case ONE -> 1;
            case TWO -> 2;
            case THREE -> 3;
            case TARGET_AND_CANDIDATES -> 3;
            case TARGET_AND_ALL -> 1;
        };
        if (ms.size() < needed) {
            ms.clear(); // grounding scans the whole question
        } else if (arity == Arity.ONE || arity == Arity.TWO || arity == Arity.TARGET_AND_ALL) {
            ms = new ArrayList<>(ms.subList(0, needed));
        }
        double threshold = QuantityReader.readLength(q).map(Quantity::value).orElse(Double.NaN);
        LOG.debug("\"{}\": read by {} as {} ({})", q, scorer.name(), category, s[best]);
        return new Intent(q, IntentKind.CATEGORY, category, ms, threshold, units, SCORED * Math.min(1, s[best]));
    }

    /** The question's words with each mention replaced by the neutral words the templates' slots became. */
    private static String neutral(QuestionText text, List<List<Word>> found) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        int m = 0;
        List<Word> ws = text.words();
        while (k < ws.size()) {
            if (m < found.size() && ws.get(k) == found.get(m).get(0)) {
                sb.append(m == 0 ? NeutralTemplates.OBJECT : NeutralTemplates.OTHER).append(' ');
                k += found.get(m).size();
                m++;
            } else {
                sb.append(ws.get(k).text()).append(' ');
                k++;
            }
        }
        return sb.toString().strip();
    }
}
