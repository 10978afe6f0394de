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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.CompanionFiles;
import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.FrameMemory;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

/**
 * One {@code generate} run: images not yet in the dataset are loaded, lifted and asked about on {@code workers}
 * threads, their objects from label maps or the detector ({@link ObjectSource}); finished images are appended by this
 * thread, one line each, as they complete. Each image is timed per stage (load, lift and the lift's own stages, qa,
 * write). An image that fails (bad file, no depth, fewer than two usable objects, too large for the memory, even an
 * unexpected error or an {@link OutOfMemoryError}) is logged and counted as skipped and the run goes on; so is a scene the scene filter rejects (its method and reason), unless
 * rejected scenes are kept. {@code stopAfter} is asked after every appended image (tests interrupt a run with it).
 */
final class GenerateRun {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateRun.class);

    /** Progress after each image: images finished this run of {@code total}, QA written this run. */
    @FunctionalInterface
    interface Progress {
        void update(int finished, int total, int qa);
    }

    /** Prefix of the lift's own stages in the per-image times ("lift.detect", ...). */
    static final String LIFT_STAGE = "lift.";

    /** One image's result: its QA or why it was skipped, and milliseconds per stage (empty when nothing ran). */
    private record Outcome(InputItem item, ImageQa qa, String skipReason, Map<String, Double> ms) {
    }

    private final List<InputItem> items;
    private final QaDataset dataset;
    private final QaGenerator generator;
    private final ObjectSource objects;
    private final Function<DepthEncoding, LiftParameters> lift;
    private final ImageLimits limits;
    private final int workers;
    private final Progress progress;
    private final IntPredicate stopAfter;
    private final boolean keepRejectedScenes;
    private final DepthSource depthModel;

    /**
     * @param lift               the lift parameters for an image whose depth is read as the given encoding (the depth
     *                           cut follows the format unless --max-depth was given)
     * @param keepRejectedScenes generate QA also for scenes the scene filter rejects (by default they are skipped)
     */
    GenerateRun(List<InputItem> items, QaDataset dataset, QaGenerator generator, ObjectSource objects,
                Function<DepthEncoding, LiftParameters> lift, ImageLimits limits, int workers, Progress progress,
                IntPredicate stopAfter, boolean keepRejectedScenes) {
        this(items, dataset, generator, objects, lift, limits, workers, progress, stopAfter, keepRejectedScenes, null);
    }

    /**
     * @param depthModel depth for images without a depth file (estimated, and said so in their QA's provenance), or
     *                   null to skip such images
     */
    GenerateRun(List<InputItem> items, QaDataset dataset, QaGenerator generator, ObjectSource objects,
                Function<DepthEncoding, LiftParameters> lift, ImageLimits limits, int workers, Progress progress,
                IntPredicate stopAfter, boolean keepRejectedScenes, DepthSource depthModel) {
        this.depthModel = depthModel;
        this.items = List.copyOf(items);
        this.dataset = dataset;
        this.generator = generator;
        this.objects = objects;
        this.lift = lift;
        this.limits = limits;
        this.workers = workers;
        this.progress = progress;
        this.stopAfter = stopAfter;
        this.keepRejectedScenes = keepRejectedScenes;
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
        todo.forEach(item -> done.submit(() -> process(item)));
        List<GenerateSummary.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        Map<String, Double> stageMs = new LinkedHashMap<>();
        List<Map<String, Double>> imageMs = new ArrayList<>();
        int generated = 0, qa = 0;
        boolean interrupted = false;
        try {
            for (int n = 0; n < todo.size(); n++) {
                Outcome o = take(done);
                Map<String, Double> ms = new LinkedHashMap<>(o.ms());
                if (o.qa() == null) {
                    skipped.add(new GenerateSummary.Skipped(o.item().key(), o.skipReason()));
                    LOG.warn("skipped {}: {}", o.item().key(), o.skipReason());
                } else {
                    long t0 = System.nanoTime();
                    dataset.append(o.qa(), o.item().image());
                    ms.put("write", (System.nanoTime() - t0) / 1e6);
                    generated++;
                    qa += o.qa().pairs().size();
                    for (QaPair p : o.qa().pairs()) {
                        perCategory.merge(p.category(), 1, Integer::sum);
                    }
                }
                if (!ms.isEmpty()) {
                    ms.forEach((k, v) -> stageMs.merge(k, v, Double::sum));
                    imageMs.add(ms);
                }
                progress.update(n + 1, todo.size(), qa);
                if (o.qa() != null && stopAfter.test(generated) && n + 1 < todo.size()) {
                    interrupted = true;
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
            // a lift already inside a model run cannot be interrupted: wait for it, so that the caller may close the
            // detectors and segmenters only when no thread uses them any more
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.error("generate: workers still busy 2 minutes after the run stopped; models are closed under them");
            }
        }
        return new GenerateSummary(items.size(), alreadyDone, generated, skipped, perCategory, stageMs, imageMs,
                (System.nanoTime() - start) / 1e9, workers, interrupted, dataset.file(), dataset.repairedBytes());
    }

    private Outcome process(InputItem item) throws InterruptedException {
        if (item.problem() != null) {
            return skip(item, item.problem());
        }
        if (item.labels() == null && item.objects() == null && !objects.detects()) {
            return skip(item, "no label map or annotated objects found (looked for "
                    + CompanionFiles.candidates(item.image(), "labels").get(0) + ", "
                    + CompanionFiles.candidates(item.image(), "objects").get(0)
                    + " and the other naming rules); give labels= or objects= in --list, or use --detect");
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try {
            RgbdRequest request = new RgbdRequest(item.image(), item.depth(), item.format(),
                    item.depthScale(), item.intrinsics(), objects.detects() ? null : item.labels(),
                    objects.detects() ? null : item.names(), limits,
                    objects.detects() ? null : item.objects());
            LoadedInput loaded;
            ModelRef estimatedBy = null;
            if (item.depth() != null) {
                loaded = RgbdLoader.load(request);
            } else if (depthModel == null) {
                return skip(item, InputDiscovery.noDepthFile(item.image()) + ", or install a metric depth model to"
                        + " estimate it: " + DepthSource.INSTALL_COMMAND);
            } else {
                try {
                    loaded = RgbdLoader.load(request, depthModel);
                } catch (InputException e) {
                    // the depth model's refusal names the image: say where a depth file was looked for first; any
                    // other file (labels, objects) speaks for itself
                    return skip(item, item.image().equals(e.file()) ? InputDiscovery.noDepthFile(item.image())
                            + "; " + e.getMessage() : e.getMessage());
                }
                estimatedBy = DepthModelOptions.usedModel(depthModel);
            }
            long t1 = System.nanoTime();
            LiftParameters parameters = lift.apply(loaded.depthEncoding());
            LiftResult result = objects.withPipeline(p -> p.run(loaded.input(), parameters, loaded.warnings(),
                    ProgressListener.NONE, Cancellation.NEVER));
            long t2 = System.nanoTime();
            SceneVerdict verdict = result.perception().scene();
            if (!keepRejectedScenes && verdict != null && !verdict.accepted()) {
                ms.put("load", (t1 - t0) / 1e6);
                ms.put("lift", (t2 - t1) / 1e6);
                return new Outcome(item, null, "scene filter (" + verdict.method() + "): " + verdict.reason(), ms);
            }
            QaBatch batch = generator.generate(objects.scene(item.key(), result, generator.settings().margins(),
                    estimatedBy));
            long t3 = System.nanoTime();
            ms.put("load", (t1 - t0) / 1e6);
            ms.put("lift", (t2 - t1) / 1e6);
            result.timings().millis().forEach((stage, v) -> ms.put(LIFT_STAGE + stage.key(), v));
            ms.put("qa", (t3 - t2) / 1e6);
            if (batch.skipped()) {
                return new Outcome(item, null, batch.skipReason(), ms);
            }
            ImageQa qa = ImageQa.of(dataset.imageFile(item.key()), batch.pairs());
            return new Outcome(item, qa, null, ms);
        } catch (InputException e) {
            return skip(item, e.getMessage());
        } catch (OutOfMemoryError e) {
            LOG.error("out of memory on {}", item.image(), e);
            return skip(item, FrameMemory.outOfMemory(item.image(), e).getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("unexpected failure on {}", item.image(), e);
            return skip(item, "internal error (" + e + "); details in the log, please report it");
        }
    }

    private static Outcome skip(InputItem item, String reason) {
        return new Outcome(item, null, reason, Map.of());
    }

    private static Outcome take(CompletionService<Outcome> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            // process() turns every failure of an image into a skip; what is left is a bug, not the output folder's
            throw new IllegalStateException("a generate worker failed: " + e.getCause(), e.getCause());
        }
    }
}
