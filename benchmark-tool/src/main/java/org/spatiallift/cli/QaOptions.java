package org.spatiallift.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.Units;

import picocli.CommandLine.Option;

/** QA generation settings shared by {@code qa} and {@code generate}; see {@link QaSettings}. */
final class QaOptions {

    @Option(names = "--per-image", paramLabel = "N", defaultValue = "10", description = "QA per image (default ${DEFAULT-VALUE}, at most 1000).")
    int perImage;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed: the same seed and inputs give the same QA (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ransac-seed", paramLabel = "N", description = "RANSAC seed of the lift (default 42).")
    Long ransacSeed;

    @Option(names = "--units", paramLabel = "metric|imperial|both", defaultValue = "metric",
            description = "Units of lengths in answers (default ${DEFAULT-VALUE}); values stay in metres.")
    String units;

    @Option(names = "--quantitative-share", paramLabel = "F", defaultValue = "0.5",
            description = "Share of quantitative QA in [0, 1] (default ${DEFAULT-VALUE}).")
    double quantitativeShare;

    @Option(names = "--category-weights", paramLabel = "NAME=W", split = ",",
            description = "Relative category weights, e.g. width=2,near=0 (default 1 each; see 'spatiallift categories').")
    Map<String, Double> weights = new LinkedHashMap<>();

    @Option(names = "--categories", paramLabel = "NAME", split = ",",
            description = "Only these categories (the others get weight 0), e.g. width,height,left_of.")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Option(names = "--noise", paramLabel = "STD", defaultValue = "0",
            description = "Relative std of Gaussian noise on stated lengths and ratios, e.g. 0.1 (default none).")
    double noise;

    @Option(names = "--chain-of-thought", description = "Add the reasoning steps of multi-object QA.")
    boolean chainOfThought;

    @Option(names = "--reasoning", paramLabel = "metadata|inline", defaultValue = "metadata",
            description = "Where chain-of-thought steps go: the metadata block only (default), or inline, leading the "
                    + "answer text the model is trained on (implies --chain-of-thought).")
    String reasoning;

    @Option(names = "--ties", paramLabel = "skip|answer", defaultValue = "skip",
            description = "Comparisons within the margins (near-ties): skip them (default) or answer \"about the "
                    + "same\" (\"No, they are about the same height.\"); recorded in the provenance.")
    String ties;

    QaSettings toSettings() throws InputException {
        Units u;
        try {
            u = Units.fromKey(units);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--units", e.getMessage(), "Give --units metric, imperial or both");
        }
        if (!reasoning.equals("metadata") && !reasoning.equals("inline")) {
            throw InputException.forValue("--reasoning", "unknown placement \"" + reasoning + "\"",
                    "Give --reasoning metadata or --reasoning inline");
        }
        if (!ties.equals("skip") && !ties.equals("answer")) {
            throw InputException.forValue("--ties", "unknown choice \"" + ties + "\"", "Give --ties skip or --ties answer");
        }
        Map<String, Double> w = new LinkedHashMap<>(weights);
        if (!only.isEmpty()) {
            for (var c : org.spatiallift.engine.qa.category.Categories.all()) {
                w.putIfAbsent(c.name(), only.contains(c.name()) ? 1.0 : 0.0);
            }
            for (String name : only) {
                if (!w.containsKey(name)) {
                    throw InputException.forValue("--categories", "unknown category \"" + name + "\"",
                            "Use category names from 'spatiallift categories'");
                }
            }
        }
        try {
            return QaSettings.defaults().withPerImage(perImage).withSeed(seed).withUnits(u)
                    .withQuantitativeShare(quantitativeShare).withCategoryWeights(w).withNoise(noise)
                    .withChainOfThought(chainOfThought).withReasoningInline(reasoning.equals("inline"))
                    .withTiesAnswered(ties.equals("answer"));
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("QA settings", e.getMessage(),
                    "Check --per-image (1 to " + QaSettings.MAX_PER_IMAGE + "), --quantitative-share (0..1), --noise (0..0.5) and --category-weights");
        }
    }
}
