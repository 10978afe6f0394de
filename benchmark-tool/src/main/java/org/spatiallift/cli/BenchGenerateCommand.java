package org.spatiallift.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.Stage;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.QaDataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift bench generate}: the whole {@code generate} run (load, lift with its stages, detection and masks
 * with --detect, description, QA synthesis, write) over the given images into a fresh temporary dataset, {@code
 * --rounds} times after {@code --warmup} rounds, in one process with the detectors opened once. Reports images per
 * second of wall time (median over rounds) and the median milliseconds per image of every stage, with the machine's
 * load average and, with --detect, what opening the detectors cost in time and resident memory.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "End-to-end images per second of generate, with the median time per stage.")
final class BenchGenerateCommand implements Callable<Integer> {

    @Mixin
    GenerateInputs input;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    QaOptions qa;

    @Mixin
    DetectionOptions detection;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "Images in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Untimed warm-up rounds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, InterruptedException, IOException {
        detection.checkUsage(spec, false);
        if (rounds < 1 || warmup < 0 || workers < 1) {
            throw InputException.forValue("--rounds/--warmup/--workers", "rounds and workers must be at least 1 and "
                    + "warm-up at least 0, got " + rounds + ", " + warmup + " and " + workers,
                    "Give --rounds 3 --warmup 1 --workers 2, for example");
        }
        QaGenerator generator = Generators.of(qa.toSettings());
        List<InputItem> items = input.discover();
        LiftParameters parameters = lift.toParameters(qa.ransacSeed);
        double loadBefore = loadAverage();
        ObjectNode tree = Json.MAPPER.createObjectNode();
        long rssBefore = ResidentMemory.residentBytes();
        long t0 = System.nanoTime();
        try (ObjectSource objects = detection.objectSource(workers)) {
            ObjectNode det = tree.putObject("objects_from");
            det.put("source", objects.sceneSource().objects());
            if (objects.detects()) {
                ModelRef m = objects.sceneSource().models().get(0);
                det.put("model", m.id()).put("onnx_sha256", m.sha256()).put("detectors", workers);
                det.put("open_s", round((System.nanoTime() - t0) / 1e9));
                long rssAfter = ResidentMemory.residentBytes();
                if (rssBefore > 0 && rssAfter > 0) {
                    // includes loading ONNX Runtime's native library once
                    det.put("resident_mib_added_by_opening", round((rssAfter - rssBefore) / 1048576.0));
                }
            }
            List<Double> perSecond = new ArrayList<>();
            List<Map<String, Double>> imageMs = new ArrayList<>();
            GenerateSummary last = null;
            for (int r = 0; r < warmup + rounds; r++) {
                last = round(items, generator, objects, parameters);
                if (r >= warmup) {
                    perSecond.add((last.generated() + last.skipped().size()) / last.wallSeconds());
                    imageMs.addAll(last.imageMs());
                }
            }
            fill(tree, items.size(), last, perSecond, imageMs);
        }
        tree.put("workers", workers);
        tree.put("processors", Runtime.getRuntime().availableProcessors());
        tree.put("load_average_1min_before", round(loadBefore));
        tree.put("load_average_1min_after", round(loadAverage()));
        print(tree);
        return 0;
    }

    private GenerateSummary round(List<InputItem> items, QaGenerator generator, ObjectSource objects,
                                  LiftParameters parameters) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("spatiallift-bench-generate");
        try (QaDataset dataset = QaDataset.open(out, ExportFormat.LLAVA)) {
            return new GenerateRun(items, dataset, generator, objects, encoding -> lift.forInput(parameters, encoding), input.limits(),
                    workers, (a, b, c) -> { }, n -> false, false).run();
        } finally {
            deleteTree(out);
        }
    }

    private void fill(ObjectNode tree, int images, GenerateSummary last, List<Double> perSecond,
                      List<Map<String, Double>> imageMs) {
        tree.put("images", images);
        tree.put("images_with_qa", last.generated());
        tree.put("qa_per_round", last.qaThisRun());
        ObjectNode skipped = tree.putObject("skipped");
        last.skipped().forEach(s -> skipped.put(s.image(), s.reason()));
        tree.put("rounds", rounds);
        tree.put("warmup", warmup);
        tree.put("images_per_s", round(Stats.median(perSecond)));
        tree.put("images_per_s_min", round(perSecond.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
        tree.put("images_per_s_max", round(perSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        ObjectNode median = tree.putObject("median_ms_per_image");
        List<String> keys = new ArrayList<>(List.of("load"));
        for (Stage s : Stage.values()) {
            keys.add(GenerateRun.LIFT_STAGE + s.key());
        }
        keys.addAll(List.of("lift", "qa", "write"));
        for (String k : keys) {
            List<Double> v = imageMs.stream().filter(m -> m.containsKey(k)).map(m -> m.get(k)).toList();
            if (!v.isEmpty()) {
                median.put(k, round(Stats.median(v)));
            }
        }
    }

    private void print(ObjectNode tree) throws JsonProcessingException {
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            stdout.printf(Locale.ROOT, "%d images (%d with QA), %d rounds after %d warm-up, %d workers on %d processors: "
                    + "%.2f images/s (median)%n", tree.path("images").asInt(), tree.path("images_with_qa").asInt(), rounds,
                    warmup, workers, tree.path("processors").asInt(), tree.path("images_per_s").asDouble());
            stdout.println("median ms per image:");
            tree.path("median_ms_per_image").fields().forEachRemaining(e -> stdout.printf(Locale.ROOT,
                    "  %-20s %9.1f ms%n", e.getKey(), e.getValue().asDouble()));
            stdout.printf(Locale.ROOT, "load average (1 min) %.2f before, %.2f after%n",
                    tree.path("load_average_1min_before").asDouble(), tree.path("load_average_1min_after").asDouble());
        }
        stdout.flush();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
