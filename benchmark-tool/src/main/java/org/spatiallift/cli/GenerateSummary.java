package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.spatiallift.engine.pipeline.Stage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a {@code generate} run did: images found, already done before the run, generated now, skipped (and why),
 * QA per category, and time per stage: {@code stageMs} summed over images, {@code imageMs} per image (images that
 * reached loading), in milliseconds; keys "load", "lift", "qa", "write" and the lift's own stages as "lift.detect"...
 */
record GenerateSummary(int found, int alreadyDone, int generated, List<Skipped> skipped, Map<String, Integer> qaPerCategory,
                       Map<String, Double> stageMs, List<Map<String, Double>> imageMs, double wallSeconds, int workers,
                       boolean interrupted, Path file, int repairedBytes) {

    /** An image left out, and why. */
    record Skipped(String image, String reason) {
    }

    GenerateSummary {
        skipped = List.copyOf(skipped);
        qaPerCategory = Map.copyOf(new TreeMap<>(qaPerCategory));
        stageMs = Map.copyOf(stageMs);
        imageMs = imageMs.stream().map(Map::copyOf).toList();
    }

    int qaThisRun() {
        return qaPerCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    ObjectNode toJson() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("images_found", found);
        n.put("images_already_done", alreadyDone);
        n.put("images_generated", generated);
        n.put("images_skipped", skipped.size());
        n.put("qa_generated", qaThisRun());
        n.put("interrupted", interrupted);
        n.put("output", file.toString());
        n.put("repaired_bytes", repairedBytes);
        ObjectNode perCategory = n.putObject("qa_per_category");
        new TreeMap<>(qaPerCategory).forEach(perCategory::put);
        var list = n.putArray("skipped");
        skipped.forEach(s -> list.addObject().put("image", s.image()).put("reason", s.reason()));
        ObjectNode stages = n.putObject("stage_ms_per_image");
        ObjectNode liftStages = n.putObject("lift_stage_ms_per_image");
        int processed = Math.max(1, generated + skipped.size());
        new TreeMap<>(stageMs).forEach((k, v) -> {
            if (!k.startsWith(GenerateRun.LIFT_STAGE)) {
                stages.put(k, round(v / processed));
            }
        });
        for (Stage s : Stage.values()) {
            Double v = stageMs.get(GenerateRun.LIFT_STAGE + s.key());
            if (v != null) {
                liftStages.put(s.key(), round(v / processed));
            }
        }
        n.put("wall_s", round(wallSeconds));
        n.put("workers", workers);
        n.put("images_per_s", round(wallSeconds > 0 ? (generated + skipped.size()) / wallSeconds : 0));
        return n;
    }

    String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "images: %d found, %d already done, %d generated, %d skipped%s%n", found,
                alreadyDone, generated, skipped.size(), interrupted ? " (interrupted: rerun to finish)" : ""));
        sb.append(String.format(Locale.ROOT, "QA this run: %d%n", qaThisRun()));
        new TreeMap<>(qaPerCategory).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-22s %6d%n", k, v)));
        if (!skipped.isEmpty()) {
            sb.append("skipped images:").append(System.lineSeparator());
            skipped.forEach(s -> sb.append("  ").append(s.image()).append(": ").append(s.reason())
                    .append(System.lineSeparator()));
        }
        int processed = Math.max(1, generated + skipped.size());
        sb.append("time per image:");
        new TreeMap<>(stageMs).forEach((k, v) -> {
            if (!k.startsWith(GenerateRun.LIFT_STAGE)) {
                sb.append(String.format(Locale.ROOT, " %s %.1f ms,", k, v / processed));
            }
        });
        sb.setLength(sb.length() - 1);
        sb.append(String.format(Locale.ROOT, "%n%.2f images/s on %d worker(s), %.1f s%n",
                wallSeconds > 0 ? (generated + skipped.size()) / wallSeconds : 0, workers, wallSeconds));
        if (repairedBytes > 0) {
            sb.append(String.format(Locale.ROOT, "repaired: cut an unfinished last line (%d bytes) left by an interrupted run%n",
                    repairedBytes));
        }
        sb.append("dataset: ").append(file).append(System.lineSeparator());
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
