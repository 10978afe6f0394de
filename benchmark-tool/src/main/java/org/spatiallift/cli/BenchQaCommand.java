package org.spatiallift.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift bench qa}: QA synthesis speed on one thread from a built scene (the built-in room, lifted once
 * with its label map: 9 objects). Each round regenerates the scene's QA with a new seed. After warm-up, the timed
 * period is cut into 10 slices; the figure is QA per second of this thread's CPU time (per core, whatever else runs on
 * the machine), with the median wall-clock rate of the slices beside it.
 */
@Command(name = "qa", mixinStandardHelpOptions = true, description = "QA synthesised per second on one core from a built scene.")
final class BenchQaCommand implements Callable<Integer> {

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5", description = "Timed seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3", description = "Warm-up seconds (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--per-image", paramLabel = "N", defaultValue = "50", description = "QA per round (default ${DEFAULT-VALUE}).")
    int perImage;

    @Option(names = "--chain-of-thought", description = "Include reasoning steps of multi-object QA.")
    boolean chainOfThought;

    @Option(names = "--json", description = "Print {\"qa_per_cpu_s\": ..., \"qa_per_s_wall_median\": ..., ...} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, JsonProcessingException {
        if (!(seconds > 0) || !(warmup >= 0) || perImage < 1) {
            throw InputException.forValue("--seconds/--warmup/--per-image", "must be positive",
                    "Give --seconds 5 --warmup 3 --per-image 50, for example");
        }
        SampleScene s = SampleScenes.builtIn();
        LiftResult lift = new LiftPipeline().run(new LiftInput(s.color(), s.depth(), s.intrinsics(),
                new ObjectLabels(s.labels(), s.names()), null, null), LiftParameters.defaults(), List.of(),
                ProgressListener.NONE, Cancellation.NEVER);
        QaSettings settings = QaSettings.defaults().withPerImage(perImage).withChainOfThought(chainOfThought);
        QaScene scene = QaScene.of("builtin", lift, settings.margins(), SceneSource.SYNTHETIC);
        QaGenerator generator = QaGenerator.standard(settings);
        run(generator, scene, warmup, 0, new long[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        int slices = 10;
        long qa = 0, rounds = 0, cpuNs = 0;
        double wall = 0;
        List<Double> wallRates = new ArrayList<>();
        long seed = 1_000_000;
        for (int i = 0; i < slices; i++) {
            long[] counts = new long[2];
            long cpu0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
            double t = run(generator, scene, seconds / slices, seed, counts);
            cpuNs += cpuClock ? threads.getCurrentThreadCpuTime() - cpu0 : 0;
            seed += counts[1];
            qa += counts[0];
            rounds += counts[1];
            wall += t;
            wallRates.add(counts[0] / t);
        }
        double perCpuSecond = cpuClock ? qa / (cpuNs / 1e9) : Double.NaN;
        double medianWall = Stats.median(wallRates);
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("qa_per_cpu_s", Math.round(perCpuSecond));
        tree.put("qa_per_s_wall_median", Math.round(medianWall));
        tree.put("qa", qa);
        tree.put("rounds", rounds);
        tree.put("wall_s", Math.round(wall * 1000) / 1000.0);
        tree.put("cpu_s", Math.round(cpuNs / 1e6) / 1000.0);
        tree.put("objects", scene.objects().size());
        tree.put("per_image", perImage);
        tree.put("chain_of_thought", chainOfThought);
        tree.put("threads", 1);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            out.printf(Locale.ROOT, "%,.0f QA per CPU second on one thread (wall-clock median of %d slices: %,.0f QA/s); "
                    + "%d QA in %d rounds of %d, %d objects%n", perCpuSecond, slices, medianWall, qa, rounds, perImage,
                    scene.objects().size());
        }
        out.flush();
        return 0;
    }

    /** Regenerates with seeds seed, seed+1, ... for {@code seconds}; counts[0] += QA, counts[1] += rounds. */
    private static double run(QaGenerator g, QaScene scene, double seconds, long seed, long[] counts) {
        long start = System.nanoTime(), end = start + (long) (seconds * 1e9), now;
        long s = seed;
        do {
            counts[0] += g.generate(scene, s++).pairs().size();
            counts[1]++;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e9;
    }
}
