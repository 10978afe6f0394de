package org.spatiallift.engine.qa;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.category.SwapRule;
import org.spatiallift.engine.qa.template.CompiledTemplate;
import org.spatiallift.engine.qa.template.Section;
import org.spatiallift.engine.qa.template.Slot;
import org.spatiallift.engine.qa.template.TemplateSet;
import org.spatiallift.engine.qa.text.Phrases;
import org.spatiallift.engine.qa.text.QuantityFormat;
import org.spatiallift.engine.qa.text.TiePhrases;

/**
 * Turns an evaluated {@link Draw} into text: the slot values (descriptions, lists, the stated quantity with its
 * unit), then a random question and answer template filled and capitalised. Stated quantities get the optional
 * relative Gaussian noise: stated = value · (1 + σ·N(0, 1)), never below a tenth of the value. The noise is drawn
 * once per quantity per image (the category and its objects, unordered where swapping them keeps the quantity) and
 * reused wherever that quantity is stated again: a distance reads the same in a reasoning step and in a direct QA.
 */
final class Filler {

    /** The filled texts and which templates they came from. */
    record Text(String questionText, String answerText, String shortAnswer, double stated, int question, int answer) {
    }

    private static final Slot[] SLOTS = Slot.values();
    /** The answer "template" of a near-tie answered as one ({@link TiePhrases}). */
    static final int TIE = 2000;
    private final QaGenerator generator;
    private final QaSettings settings;
    private final String[] descriptions;
    private final SplittableRandom rng;
    private final String[] values = new String[SLOTS.length];
    private final StringBuilder sb = new StringBuilder(160);
    /** The noise factor 1 + σ·N(0, 1) of each quantity stated so far in this image, by {@link #quantityKey}. */
    private final Map<Long, Double> noise = new HashMap<>();

    Filler(QaGenerator generator, QaSettings settings, String[] descriptions, SplittableRandom rng) {
        this.generator = generator;
        this.settings = settings;
        this.descriptions = descriptions;
        this.rng = rng;
    }

    Text fill(int index, Category c, TemplateSet templates, Draw d) {
        java.util.Arrays.fill(values, null);
        int[] o = d.objects;
        values[Slot.A.ordinal()] = descriptions[o[0]];
        if (d.count > 1) {
            values[Slot.B.ordinal()] = descriptions[o[1]];
        }
        values[Slot.X.ordinal()] = descriptions[o[0]];
        // a question that asks to choose among the objects lists them with "or"; answers and other questions with "and"
        boolean choosing = d.chosen >= 0 && generator.allows(index, Slot.OBJECTS);
        if (generator.allows(index, Slot.OBJECTS)) {
            values[Slot.OBJECTS.ordinal()] = list(o, c.arity().hasTarget() ? 1 : 0, d.count, choosing ? "or" : "and");
        }
        if (d.chosen >= 0) {
            values[Slot.CHOICE.ordinal()] = descriptions[d.chosen];
        }
        if (d.other >= 0) {
            values[Slot.OTHER.ordinal()] = descriptions[d.other];
        }
        if (generator.allows(index, Slot.SIDE)) {
            values[Slot.SIDE.ordinal()] = c.sideWord(d.side);
        }
        values[Slot.THRESHOLD.ordinal()] = d.thresholdText;
        if (d.orderCount > 0) {
            values[Slot.ORDER.ordinal()] = list(d.order, 0, d.orderCount);
        }
        double stated = Double.NaN;
        if (c.unit() != null) {
            stated = stated(c.unit(), d.value, index, c, d);
            sb.setLength(0);
            appendValue(c.unit(), stated);
            values[Slot.VALUE.ordinal()] = sb.toString();
        }

        CompiledTemplate[] questions = templates.section(Section.QUESTIONS);
        int qi = rng.nextInt(questions.length);
        // questions follow the answer's units: with feet only, the next template that does not ask in meters
        for (int k = 0; settings.units() == Units.IMPERIAL && questions[qi].namesMetres() && k < questions.length; k++) {
            qi = (qi + 1) % questions.length;
        }
        CompiledTemplate[] answers = templates.section(c.yesNoAnswers() ? (d.yes ? Section.YES : Section.NO)
                : Section.ANSWERS);
        int ai = rng.nextInt(answers.length);
        String question = render(questions[qi]);
        if (d.tie != null) {
            return c.yesNoAnswers() ? new Text(question, TiePhrases.yesNoAnswer(d.tie), "no", stated, qi, TIE)
                    : new Text(question, TiePhrases.choiceAnswer(d.tie), TiePhrases.CHOICE_SHORT_ANSWER, stated, qi, TIE);
        }
        if (choosing) {
            values[Slot.OBJECTS.ordinal()] = list(o, c.arity().hasTarget() ? 1 : 0, d.count, "and");
        }
        String answer = render(answers[ai]);
        return new Text(question, answer, shortAnswer(c, d), stated, qi, c.yesNoAnswers() && !d.yes ? 1000 + ai : ai);
    }

    private String shortAnswer(Category c, Draw d) {
        if (c.yesNoAnswers()) {
            return d.yes ? "yes" : "no";
        }
        if (c.unit() != null) {
            return values[Slot.VALUE.ordinal()];
        }
        if (d.orderCount > 0) {
            return values[Slot.ORDER.ordinal()];
        }
        return descriptions[d.chosen];
    }

    private double stated(String unit, double value, int index, Category c, Draw d) {
        if (settings.noiseRelStd() > 0 && (Category.METRES.equals(unit) || Category.RATIO.equals(unit))) {
            double factor = noise.computeIfAbsent(quantityKey(index, c, d),
                    k -> 1 + settings.noiseRelStd() * rng.nextGaussian());
            return Math.max(0.1 * value, value * factor);
        }
        return value;
    }

    /**
     * The quantity a draw states: its category and objects, the objects unordered when swapping them keeps the value
     * (symmetric distances, the magnitude of an offset), in order otherwise (a ratio A/B).
     */
    private static long quantityKey(int index, Category c, Draw d) {
        long h = Hashes.mix(0x9015E, index);
        boolean unordered = c.swap() == SwapRule.SYMMETRIC || c.swap() == SwapRule.ANTISYMMETRIC;
        if (unordered && d.count == 2) {
            return Hashes.mix(Hashes.mix(h, Math.min(d.objects[0], d.objects[1])), Math.max(d.objects[0], d.objects[1]));
        }
        for (int k = 0; k < d.count; k++) {
            h = Hashes.mix(h, d.objects[k]);
        }
        return h;
    }

    private void appendValue(String unit, double v) {
        switch (unit) {
            case Category.METRES -> QuantityFormat.appendLength(sb, v, settings.units());
            case Category.RATIO -> QuantityFormat.appendRatio(sb, v);
            case Category.CLOCK -> QuantityFormat.appendClock(sb, (int) v);
            default -> sb.append(Math.round(v));
        }
    }

    private String render(CompiledTemplate t) {
        sb.setLength(0);
        t.fill(sb, values);
        Phrases.capitalise(sb);
        return sb.toString();
    }

    private String list(int[] indices, int from, int to) {
        return list(indices, from, to, "and");
    }

    private String list(int[] indices, int from, int to, String conjunction) {
        String[] items = new String[to - from];
        for (int k = from; k < to; k++) {
            items[k - from] = descriptions[indices[k]];
        }
        return Phrases.list(items, 0, items.length, conjunction);
    }
}
