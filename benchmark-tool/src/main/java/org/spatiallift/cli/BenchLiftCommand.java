package org.spatiallift.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.pipeline.Stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift bench lift}: decodes the files once, then lifts the decoded depth image through the canonical
 * frame {@code --runs} times after {@code --warmup} runs, and reports the median per stage and of the whole run
 * (file decoding excluded, as in the Open3D measurement of benchmark-tool/scripts/open3d_lift_bench.py).
 */
@Command(name = "lift", mixinStandardHelpOptions = true,
        description = "Median per-stage times of the lift over N runs after warm-up.")
final class BenchLiftCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LiftOptions lift;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "30", description = "Untimed warm-up runs (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "Print {\"runs\": N, \"median_ms\": {...}} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, JsonProcessingException {
        if (runs < 1 || warmup < 0) {
            throw InputException.forValue("--runs/--warmup", "runs must be at least 1 and warm-up at least 0, got "
                    + runs + " and " + warmup, "Give --runs 20 --warmup 10, for example");
        }
        LoadedInput loaded = RgbdLoader.load(input.toRequest());
        LiftParameters parameters = lift.toParameters();
        LiftPipeline pipeline = new LiftPipeline();
        Map<Stage, List<Double>> perStage = new EnumMap<>(Stage.class);
        List<Double> totals = new ArrayList<>();
        int points = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            LiftResult r = pipeline.run(loaded.input(), parameters, loaded.warnings(), ProgressListener.NONE,
                    Cancellation.NEVER);
            double total = (System.nanoTime() - t0) / 1e6;
            points = r.cloudCamera().size();
            if (i >= warmup) {
                totals.add(total);
                r.timings().millis().forEach((s, ms) -> perStage.computeIfAbsent(s, k -> new ArrayList<>()).add(ms));
            }
        }
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("runs", runs);
        tree.put("warmup", warmup);
        tree.put("points", points);
        ObjectNode median = tree.putObject("median_ms");
        perStage.forEach((s, v) -> median.put(s.key(), round3(Stats.median(v))));
        median.put("total", round3(Stats.median(totals)));
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            stdout.printf(Locale.ROOT, "%d runs after %d warm-up, %d points; median per stage:%n", runs, warmup, points);
            median.fields().forEachRemaining(e -> stdout.printf(Locale.ROOT, "  %-14s %9.3f ms%n", e.getKey(),
                    e.getValue().asDouble()));
        }
        stdout.flush();
        return 0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
