package org.spatiallift.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.spatiallift.engine.ask.AskOptions;
import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.Asker;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.ask.Conversation;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaPair;
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
 * {@code spatiallift bench ask}: how long a question takes after the lift, on one thread. The built-in room is lifted
 * once and its answerer built once (timed apart: the grounder's vocabulary and the re-measurements intervals come
 * from); then the room's generated questions (every category, chain of thought on) are asked back in rounds after a
 * warm-up round: in text through the installed question reader when there is one, else as intents built from each
 * question's category and objects (the reader's time then not included, and the output says so). The figure is the
 * median milliseconds per question; the target is 20 ms.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Milliseconds per question answered after the lift, on the built-in room.")
final class BenchAskCommand implements Callable<Integer> {

    @Option(names = "--questions", paramLabel = "N", defaultValue = "200",
            description = "Generated questions to ask (default ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds over the questions (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", description = "Print {\"median_ms\": ..., \"p95_ms\": ..., ...} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, JsonProcessingException {
        if (questions < 1 || rounds < 1) {
            throw InputException.forValue("--questions/--rounds", "must be positive", "Give --questions 200 --rounds 5");
        }
        SampleScene s = SampleScenes.builtIn();
        LiftResult lift = new LiftPipeline().run(new LiftInput(s.color(), s.depth(), s.intrinsics(),
                new ObjectLabels(s.labels(), s.names()), null, null), LiftParameters.defaults(), List.of(),
                ProgressListener.NONE, Cancellation.NEVER);
        QaScene scene = QaScene.of("builtin", lift, Margins.defaults(), SceneSource.SYNTHETIC)
                .withObjectsDeclaredComplete(true);
        long t0 = System.nanoTime();
        AskKit kit = AskKit.open(ModelStore.configured());
        double kitMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Asker asker = kit.asker(scene, AskOptions.of(scene, lift.frame().gravityUncertaintyDeg()));
        double setupMs = (System.nanoTime() - t0) / 1e6;
        List<QaPair> pairs = QaGenerator.standard(QaSettings.defaults().withPerImage(questions).withChainOfThought(true))
                .generate(scene).pairs();
        askAll(asker, pairs, new ArrayList<>());
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            askAll(asker, pairs, ms);
        }
        kit.close();
        Collections.sort(ms);
        double median = Stats.median(ms);
        double p95 = ms.get((int) Math.min(ms.size() - 1, Math.round(0.95 * (ms.size() - 1))));
        double max = ms.get(ms.size() - 1);
        String via = "text, read by the question reader" + (kit.fallbackReason() == null
                ? " (rules, then all-MiniLM-L6-v2 embeddings)" : " on rules alone: " + kit.fallbackReason());
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode tree = Json.MAPPER.createObjectNode();
            tree.put("median_ms", Math.round(median * 1000) / 1000.0);
            tree.put("p95_ms", Math.round(p95 * 1000) / 1000.0);
            tree.put("max_ms", Math.round(max * 1000) / 1000.0);
            tree.put("setup_ms", Math.round(setupMs * 10) / 10.0);
            tree.put("reader_load_ms", Math.round(kitMs * 10) / 10.0);
            tree.put("questions", ms.size());
            tree.put("distinct_questions", pairs.size());
            tree.put("objects", scene.objects().size());
            tree.put("asked_as", via);
            tree.put("target_ms", 20);
            out.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            out.printf(Locale.ROOT, "%.3f ms per question (median; p95 %.3f ms, max %.3f ms) over %d answers of %d "
                    + "questions on %d objects, asked as %s; reader loaded once in %.0f ms, answerer built once in %.1f ms; "
                    + "target 20 ms%n", median, p95, max, ms.size(), pairs.size(), scene.objects().size(), via, kitMs,
                    setupMs);
        }
        out.flush();
        return 0;
    }

    private static void askAll(Asker asker, List<QaPair> pairs, List<Double> ms) {
        for (QaPair p : pairs) {
            Conversation c = new Conversation();
            long t = System.nanoTime();
            asker.ask(p.question(), c);
            ms.add((System.nanoTime() - t) / 1e6);
        }
    }
}
