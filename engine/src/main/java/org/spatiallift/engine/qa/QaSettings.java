package org.spatiallift.engine.qa;

import java.util.Map;
import java.util.TreeMap;

/**
 * How QA are generated for each image.
 *
 * @param perImage          QA to generate per image (fewer when the scene does not have enough clear questions)
 * @param quantitativeShare share of quantitative QA, in [0, 1] (default 0.5): each QA is quantitative with this
 *                          probability, qualitative (yes/no, choice, multi-object) otherwise
 * @param categoryWeights   relative weight per category name (missing = 1, 0 = never); a category is drawn from its
 *                          side (quantitative or qualitative) with probability weight / sum of the side's weights
 * @param seed              the same seed and scene always give the same QA
 * @param noiseRelStd       relative standard deviation of Gaussian noise on stated quantitative lengths and ratios
 *                          (0 = none): stated = value · (1 + noise · N(0, 1)), as in the paper's robustness study
 * @param units             units of lengths in answer text
 * @param margins           near-tie margins
 * @param chainOfThought    add the decomposition of multi-object questions into direct questions
 * @param reasoningInline   with chain of thought: the steps also lead the answer text (the training target), then the
 *                          answer; otherwise they stay in the metadata only
 * @param tiesAnswered      near-ties of comparisons (within the margins) are answered "about the same" ("No, they are
 *                          about the same height."); otherwise (the default) such questions are skipped
 */
public record QaSettings(int perImage, double quantitativeShare, Map<String, Double> categoryWeights, long seed,
                         double noiseRelStd, Units units, Margins margins, boolean chainOfThought,
                         boolean reasoningInline, boolean tiesAnswered) {

    /** The settings of before ties could be answered (near-ties skipped). */
    public QaSettings(int perImage, double quantitativeShare, Map<String, Double> categoryWeights, long seed,
                      double noiseRelStd, Units units, Margins margins, boolean chainOfThought,
                      boolean reasoningInline) {
        this(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins, chainOfThought,
                reasoningInline, false);
    }

    /** The settings of before inline reasoning existed (reasoning in the metadata only). */
    public QaSettings(int perImage, double quantitativeShare, Map<String, Double> categoryWeights, long seed,
                      double noiseRelStd, Units units, Margins margins, boolean chainOfThought) {
        this(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins, chainOfThought, false,
                false);
    }

    /** Most QA asked per image: far more than a scene has distinct questions, and a bound on the work per image. */
    public static final int MAX_PER_IMAGE = 1000;

    public QaSettings {
        if (perImage < 1 || perImage > MAX_PER_IMAGE) {
            throw new IllegalArgumentException("QA per image must lie in [1, " + MAX_PER_IMAGE + "], got " + perImage);
        }
        if (!(quantitativeShare >= 0 && quantitativeShare <= 1)) {
            throw new IllegalArgumentException("the quantitative share must lie in [0, 1], got " + quantitativeShare);
        }
        if (!(noiseRelStd >= 0 && noiseRelStd <= 0.5)) {
            throw new IllegalArgumentException("the relative noise must lie in [0, 0.5], got " + noiseRelStd);
        }
        if (units == null || margins == null || categoryWeights == null) {
            throw new IllegalArgumentException("units, margins and category weights are required");
        }
        for (Map.Entry<String, Double> e : categoryWeights.entrySet()) {
            if (e.getValue() == null || !(e.getValue() >= 0) || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("the weight of category " + e.getKey()
                        + " must be finite and non-negative, got " + e.getValue());
            }
        }
        categoryWeights = Map.copyOf(new TreeMap<>(categoryWeights));
    }

    /** 10 QA per image, half quantitative, every category weight 1, seed 0, no noise, metric, default margins. */
    public static QaSettings defaults() {
        return new QaSettings(10, 0.5, Map.of(), 0L, 0.0, Units.METRIC, Margins.defaults(), false, false, false);
    }

    /** The weight of {@code category} (1 when not given). */
    public double weight(String category) {
        return categoryWeights.getOrDefault(category, 1.0);
    }

    public QaSettings withPerImage(int n) {
        return new QaSettings(n, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withQuantitativeShare(double share) {
        return new QaSettings(perImage, share, categoryWeights, seed, noiseRelStd, units, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withCategoryWeights(Map<String, Double> weights) {
        return new QaSettings(perImage, quantitativeShare, weights, seed, noiseRelStd, units, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withSeed(long s) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, s, noiseRelStd, units, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withNoise(double relStd) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, relStd, units, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withUnits(Units u) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, u, margins,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withMargins(Margins m) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, m,
                chainOfThought, reasoningInline, tiesAnswered);
    }

    public QaSettings withChainOfThought(boolean on) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins, on,
                reasoningInline, tiesAnswered);
    }

    /** Chain of thought with its steps leading the answer text ({@code true}), or in the metadata only. */
    public QaSettings withReasoningInline(boolean inline) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins,
                chainOfThought || inline, inline, tiesAnswered);
    }

    /** Near-ties answered "about the same" ({@code true}) or skipped. */
    public QaSettings withTiesAnswered(boolean answered) {
        return new QaSettings(perImage, quantitativeShare, categoryWeights, seed, noiseRelStd, units, margins,
                chainOfThought, reasoningInline, answered);
    }
}
