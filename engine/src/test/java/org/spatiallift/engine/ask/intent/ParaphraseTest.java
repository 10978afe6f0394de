package org.spatiallift.engine.ask.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.ask.Intent;
import org.spatiallift.engine.ask.IntentKind;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.SwapRule;

/**
 * The paraphrase set (paraphrases.tsv: questions as people type them, with typos, chat spellings and informal word
 * order, written before the reader's rules) read by the rules-only reader: at least 95 % must give the expected kind,
 * category, mentions (compared without articles, case and punctuation; in either order for symmetric categories such
 * as distances), threshold and units. Every category, WITHIN,
 * SUMMARY and UNSUPPORTED must be in the set.
 */
class ParaphraseTest {

    private static final Logger LOG = LoggerFactory.getLogger(ParaphraseTest.class);
    static final String RESOURCE = "/org/spatiallift/engine/ask/paraphrases.tsv";
    static final String HELD_OUT = "/org/spatiallift/engine/ask/paraphrases-heldout.tsv";

    /** One line of the set. */
    record Case(String question, IntentKind kind, String category, List<String> mentions, Double thresholdM,
                Units units) {
    }

    private static QuestionReader reader;

    @BeforeAll
    static void open() {
        reader = QuestionReader.rules();
    }

    @Test
    void atLeast95PercentOfTheParaphrasesReadAsExpected() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        check(cases, true);
    }

    /**
     * The second set (paraphrases-heldout.tsv), written after the rules: 56 of its 60 read as expected when first
     * measured; it now guards the fixes that followed.
     */
    @Test
    void atLeast95PercentOfTheSecondSetReadAsExpected() throws IOException {
        List<Case> cases = cases(HELD_OUT);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        check(cases, false);
    }

    private static void check(List<Case> cases, boolean everyCategory) {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perCategory = new TreeMap<>();
        for (Case c : cases) {
            Intent intent = reader.read(c.question());
            String problem = compare(c, intent);
            if (problem != null) {
                failures.add(problem);
            }
            perCategory.merge(c.kind() == IntentKind.CATEGORY ? c.category() : c.kind().name(), 1, Integer::sum);
        }
        double share = 1 - (double) failures.size() / cases.size();
        LOG.info("paraphrases: {} of {} read as expected ({} %); per category: {}", cases.size() - failures.size(),
                cases.size(), Math.round(share * 1000) / 10.0, perCategory);
        failures.forEach(f -> LOG.info("paraphrase not read as expected: {}", f));
        List<String> missing = new ArrayList<>(Categories.all().stream().map(Category::name)
                .filter(n -> !perCategory.containsKey(n)).toList());
        for (IntentKind k : List.of(IntentKind.WITHIN, IntentKind.SUMMARY, IntentKind.UNSUPPORTED)) {
            if (!perCategory.containsKey(k.name())) {
                missing.add(k.name());
            }
        }
        if (everyCategory) {
            assertThat(missing).as("categories and kinds without a paraphrase").isEmpty();
        }
        assertThat(share).as("share read as expected; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(0.95);
    }

    /** Null when {@code intent} is what {@code c} expects, else what differs. */
    static String compare(Case c, Intent intent) {
        List<String> got = intent.mentions().stream().map(ParaphraseTest::bare).toList();
        List<String> want = c.mentions().stream().map(ParaphraseTest::bare).toList();
        if (c.category() != null && Categories.byName(c.category()).swap() == SwapRule.SYMMETRIC) {
            // "how far is A from B" asks what "how far is B from A" asks: either order is the question
            got = got.stream().sorted().toList();
            want = want.stream().sorted().toList();
        }
        boolean ok = intent.kind() == c.kind() && java.util.Objects.equals(intent.category(), c.category())
                && got.equals(want)
                && (c.thresholdM() == null || Math.abs(intent.thresholdM() - c.thresholdM()) < 1e-6)
                && (c.units() == null || intent.units() == c.units());
        return ok ? null : "\"" + c.question() + "\": expected " + c.kind() + " " + c.category() + " " + want
                + (c.thresholdM() == null ? "" : " " + c.thresholdM() + " m") + (c.units() == null ? "" : " " + c.units())
                + ", got " + intent.kind() + " " + intent.category() + " " + got + " " + intent.thresholdM() + " m "
                + intent.units();
    }

    /** A mention without articles, case and punctuation at its ends. */
    static String bare(String mention) {
        String s = mention.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return s.replaceFirst("^(the|a|an) ", "").strip();
    }

    static List<Case> cases() throws IOException {
        return cases(RESOURCE);
    }

    static List<Case> cases(String resource) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ParaphraseTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f.length).as("columns in \"%s\"", line).isBetween(4, 6);
                IntentKind kind = IntentKind.valueOf(f[1].strip());
                String category = f[2].strip().equals("-") ? null : f[2].strip();
                List<String> mentions = f[3].strip().equals("-") ? List.of()
                        : Arrays.stream(f[3].split("\\|")).map(String::strip).toList();
                Double threshold = f.length > 4 && !f[4].isBlank() ? Double.valueOf(f[4].strip()) : null;
                Units units = f.length > 5 && !f[5].isBlank() ? Units.fromKey(f[5].strip()) : null;
                out.add(new Case(f[0].strip(), kind, category, mentions, threshold, units));
            }
        }
        return out;
    }
}
