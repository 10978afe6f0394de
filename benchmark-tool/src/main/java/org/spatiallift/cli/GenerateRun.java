package org.spatiallift.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

/**
 * One {@code generate} run: images not yet in the dataset are loaded, lifted and asked about on {@code workers}
 * threads; finished images are appended by this thread, one line each, as they complete. An image that fails (bad
 * file, no depth, fewer than two usable objects, even an unexpected error) is logged and counted as skipped and the
 * run goes on. {@code stopAfter} is asked after every appended image (tests interrupt a run with it).
 */
final class GenerateRun {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateRun.class);

    /** Progress after each image: images finished this run of {@code total}, QA written this run. */
    @FunctionalInterface
    interface Progress {
        void update(int finished, int total, int qa);
    }

    private record Outcome(InputItem item, ImageQa qa, String skipReason, long loadNs, long liftNs, long qaNs) {
    }

    private final List<InputItem> items;
    private final QaDataset dataset;
    private final QaGenerator generator;
    private final LiftParameters lift;
    private final ImageLimits limits;
    private final int workers;
    private final Progress progress;
    private final IntPredicate stopAfter;

    GenerateRun(List<InputItem> items, QaDataset dataset, QaGenerator generator, LiftParameters lift,
                ImageLimits limits, int workers, Progress progress, IntPredicate stopAfter) {
        this.items = List.copyOf(items);
        this.dataset = dataset;
        this.generator = generator;
        this.lift = lift;
        this.limits = limits;
        this.workers = workers;
        this.progress = progress;
        this.stopAfter = stopAfter;
    }

    GenerateSummary run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<InputItem> todo = items.stream().filter(i -> !dataset.done().contains(i.key())).toList();
        int alreadyDone = items.size() - todo.size();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "generate-worker");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        LiftPipeline pipeline = new LiftPipeline();
        todo.forEach(item -> done.submit(() -> process(item, pipeline)));
        List<GenerateSummary.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        Map<String, Double> stageMs = new LinkedHashMap<>();
        int generated = 0, qa = 0;
        boolean interrupted = false;
        try {
            for (int n = 0; n < todo.size(); n++) {
                Outcome o = take(done);
                add(stageMs, "load", o.loadNs());
                add(stageMs, "lift", o.liftNs());
                add(stageMs, "qa", o.qaNs());
                if (o.qa() == null) {
                    skipped.add(new GenerateSummary.Skipped(o.item().key(), o.skipReason()));
                    LOG.warn("skipped {}: {}", o.item().key(), o.skipReason());
                } else {
                    long t0 = System.nanoTime();
                    dataset.append(o.qa(), o.item().image());
                    add(stageMs, "write", System.nanoTime() - t0);
                    generated++;
                    qa += o.qa().pairs().size();
                    for (QaPair p : o.qa().pairs()) {
                        perCategory.merge(p.category(), 1, Integer::sum);
                    }
                }
                progress.update(n + 1, todo.size(), qa);
                if (o.qa() != null && stopAfter.test(generated) && n + 1 < todo.size()) {
                    interrupted = true;
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new GenerateSummary(items.size(), alreadyDone, generated, skipped, perCategory, stageMs,
                (System.nanoTime() - start) / 1e9, workers, interrupted, dataset.file(), dataset.repairedBytes());
    }

    private Outcome process(InputItem item, LiftPipeline pipeline) {
        if (item.problem() != null) {
            return skip(item, item.problem());
        }
        if (item.labels() == null) {
            return skip(item, "no label map found (looked for " + CompanionFiles.candidates(item.image(), "labels").get(0)
                    + " and the other naming rules) and the detector is not in this build; give labels= in --list");
        }
        long t0 = System.nanoTime();
        try {
            LoadedInput loaded = RgbdLoader.load(new RgbdRequest(item.image(), item.depth(), item.format(),
                    item.depthScale(), item.intrinsics(), item.labels(), item.names(), limits));
            long t1 = System.nanoTime();
            LiftResult result = pipeline.run(loaded.input(), lift, loaded.warnings(), ProgressListener.NONE,
                    Cancellation.NEVER);
            long t2 = System.nanoTime();
            QaBatch batch = generator.generate(QaScene.of(item.key(), result, generator.settings().margins(),
                    SceneSource.LABELS));
            long t3 = System.nanoTime();
            if (batch.skipped()) {
                return new Outcome(item, null, batch.skipReason(), t1 - t0, t2 - t1, t3 - t2);
            }
            ImageQa qa = ImageQa.of(dataset.format().imageFile(item.key()), batch.pairs());
            return new Outcome(item, qa, null, t1 - t0, t2 - t1, t3 - t2);
        } catch (InputException e) {
            return skip(item, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on {}", item.image(), e);
            return skip(item, "internal error (" + e + "); details in the log, please report it");
        }
    }

    private static Outcome skip(InputItem item, String reason) {
        return new Outcome(item, null, reason, 0, 0, 0);
    }

    private static Outcome take(CompletionService<Outcome> done) throws InterruptedException, IOException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            throw new IOException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static void add(Map<String, Double> stageMs, String stage, long ns) {
        stageMs.merge(stage, ns / 1e6, Double::sum);
    }
}
