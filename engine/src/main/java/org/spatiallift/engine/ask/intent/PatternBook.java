package org.spatiallift.engine.ask.intent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;

/**
 * Question shapes in the order they are tried: the QA templates of every category as written (exact), the same
 * templates normalised, and the paraphrase patterns of {@value #PATTERNS}. Of the shapes that match a question,
 * the one with the most literal words wins; on a tie between categories the caller decides. Immutable.
 */
final class PatternBook {

    /** Class-path resource of the paraphrase patterns (resources module). */
    static final String PATTERNS = "/org/spatiallift/resources/ask/question-patterns.txt";

    /** The best match of a question and the shapes that matched as well as it did. */
    record Found(PatternEntry entry, SlotPattern.Match match, List<Candidate> tied) {
    }

    private final List<PatternEntry> entries;

    private PatternBook(List<PatternEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The question templates of every category, as written (matched against the question's own words). */
    static PatternBook exactTemplates(QaCatalog catalog) {
        List<PatternEntry> out = new ArrayList<>();
        forEachTemplate(catalog, (c, t) -> out.add(new PatternEntry(IntentKind.CATEGORY, c.name(),
                SlotPattern.compile(QuestionText.of(t.text(), true).joined()), 1.0, c.name() + ".txt: " + t.text())));
        return new PatternBook(out);
    }

    /** The question templates normalised by {@code normaliser}, then the paraphrase patterns. */
    static PatternBook normalised(QaCatalog catalog, Normaliser normaliser, List<String> patternLines) {
        List<PatternEntry> out = new ArrayList<>();
        forEachTemplate(catalog, (c, t) -> {
            QuestionText words = QuestionText.of(t.text(), true);
            String joined = words.with(normaliser.normalise(words.words())).joined();
            out.add(new PatternEntry(IntentKind.CATEGORY, c.name(), SlotPattern.compile(joined), 0.9,
                    c.name() + ".txt (normalised): " + joined));
        });
        int line = 0;
        for (String raw : patternLines) {
            line++;
            String s = raw.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = raw.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(PATTERNS + " line " + line + ": expected \"category<TAB>pattern\", "
                        + "got \"" + raw + "\"");
            }
            String what = parts[0].strip();
            IntentKind kind = switch (what) {
                case "WITHIN" -> IntentKind.WITHIN;
                case "SUMMARY" -> IntentKind.SUMMARY;
                case "UNSUPPORTED" -> IntentKind.UNSUPPORTED;
                default -> IntentKind.CATEGORY;
            };
            if (kind == IntentKind.CATEGORY && catalog.indexOf(what) < 0) {
                throw new IllegalArgumentException(PATTERNS + " line " + line + ": unknown category \"" + what
                        + "\"; use a category name, WITHIN, SUMMARY or UNSUPPORTED");
            }
            out.add(new PatternEntry(kind, kind == IntentKind.CATEGORY ? what : null,
                    SlotPattern.compile(parts[1].strip().toLowerCase(Locale.ROOT)), 0.8, PATTERNS + " line " + line));
        }
        return new PatternBook(out);
    }

    /** The lines of the shipped paraphrase patterns. */
    static List<String> shippedPatterns() {
        try (InputStream in = PatternBook.class.getResourceAsStream(PATTERNS)) {
            if (in == null) {
                throw new IllegalStateException("the question patterns " + PATTERNS + " are not on the class path; "
                        + "the resources module (spatiallift-resources) must be on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the question patterns " + PATTERNS + ": " + e.getMessage(), e);
        }
    }

    private static void forEachTemplate(QaCatalog catalog, java.util.function.BiConsumer<Category, CompiledTemplate> f) {
        List<Category> categories = catalog.categories();
        for (int i = 0; i < categories.size(); i++) {
            for (CompiledTemplate t : catalog.templates(i).section(Section.QUESTIONS)) {
                f.accept(categories.get(i), t);
            }
        }
    }

    /**
     * The shape that matches the whole of {@code text} with the most literal words and whose mentions pass
     * {@code valid}, or null.
     */
    Found best(QuestionText text, java.util.function.Predicate<Candidate> valid) {
        PatternEntry best = null;
        SlotPattern.Match bestMatch = null;
        List<Candidate> tied = new ArrayList<>();
        for (PatternEntry e : entries) {
            SlotPattern.Match m = e.pattern().match(text);
            Candidate c = m == null ? null : new Candidate(e, m);
            if (c == null || !valid.test(c)) {
                continue;
            }
            if (bestMatch == null || m.literalWords() > bestMatch.literalWords()) {
                best = e;
                bestMatch = m;
                tied.clear();
                tied.add(c);
            } else if (m.literalWords() == bestMatch.literalWords()) {
                tied.add(c);
            }
        }
        return best == null ? null : new Found(best, bestMatch, List.copyOf(tied));
    }

    /** A shape and its match, before it is accepted. */
    record Candidate(PatternEntry entry, SlotPattern.Match match) {
    }

    /** Every word of every shape (the vocabulary misspellings are corrected to). */
    List<String> words() {
        List<String> out = new ArrayList<>();
        for (PatternEntry e : entries) {
            for (String w : e.pattern().toString().split("[\\s()\\[\\]|,]+")) {
                if (!w.isEmpty() && !w.startsWith("{")) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
