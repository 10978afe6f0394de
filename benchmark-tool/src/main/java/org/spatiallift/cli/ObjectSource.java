package org.spatiallift.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.mask.MaskSourceChoice;
import org.spatiallift.engine.perception.mask.MaskSources;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.SceneSource;

/**
 * Where objects come from on the command line, for {@code qa} and {@code generate}: label maps (one stateless
 * pipeline shared by every thread) or the detector (one {@link Detector} per worker, because a detector is not
 * thread-safe; each lift borrows one and gives it back). Closing it closes the detectors.
 */
final class ObjectSource implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ObjectSource.class);

    private final LiftPipeline shared;
    private final BlockingQueue<LiftPipeline> pool;
    private final List<Detector> detectors;
    private final List<MaskSourceChoice> masks;
    private final SceneSource sceneSource;

    private ObjectSource(LiftPipeline shared, List<Detector> detectors, List<MaskSourceChoice> masks,
            SceneSource sceneSource) {
        this.shared = shared;
        this.detectors = List.copyOf(detectors);
        this.masks = List.copyOf(masks);
        this.pool = new ArrayBlockingQueue<>(Math.max(1, detectors.size()));
        for (int i = 0; i < detectors.size(); i++) {
            pool.add(LiftPipeline.withDetection(new ObjectDetection(detectors.get(i)::detect, masks.get(i).source())));
        }
        this.sceneSource = sceneSource;
    }

    /** Objects from each image's label map. */
    static ObjectSource labels() {
        return new ObjectSource(new LiftPipeline(), List.of(), List.of(), SceneSource.LABELS);
    }

    /**
     * Objects from {@code instances} detectors of {@code model} (one per worker thread), each with its own mask source
     * ({@code masks} opens one: an installed box segmenter or GrabCut, see {@link MaskSources}), opened now so that a
     * missing or broken model stops the command before any image is read.
     */
    static ObjectSource detector(LocatedModel model, DetectorOptions options, int instances, MaskOpener masks)
            throws ModelException {
        List<Detector> opened = new ArrayList<>();
        List<MaskSourceChoice> maskSources = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                opened.add(Detector.open(model, options));
                maskSources.add(masks.open());
            }
        } catch (ModelException | RuntimeException e) {
            opened.forEach(Detector::close);
            maskSources.forEach(MaskSourceChoice::close);
            throw e;
        }
        LOG.info("masks from: {} ({})", maskSources.get(0).name(), maskSources.get(0).reason());
        return new ObjectSource(null, opened, maskSources, sceneSource(opened.get(0).provenance(),
                maskSources.get(0).provenance()));
    }

    /** Opens one mask source for one worker. */
    @FunctionalInterface
    interface MaskOpener {
        MaskSourceChoice open() throws ModelException;
    }

    /**
     * Provenance of detected scenes: the detector's manifest id with the SHA-256 of the ONNX bytes the runtime ran
     * (they cover the graph and the weights; the source files' hashes are pinned in the manifest of that id), and the box
     * segmenter that made the masks with its main graph's SHA-256, when one did (null: GrabCut).
     */
    static SceneSource sceneSource(ModelProvenance detector, ModelProvenance segmenter) {
        List<ModelRef> models = new ArrayList<>();
        models.add(new ModelRef(detector.modelId(), "detector", detector.onnxSha256()));
        if (segmenter != null) {
            models.add(new ModelRef(segmenter.modelId(), "box_segmenter", segmenter.onnxSha256()));
        }
        return new SceneSource("detector", models);
    }

    /** Refuses a run with neither a label map nor the detector. */
    static void requireLabels(boolean labels) throws InputException {
        if (!labels) {
            throw InputException.forValue("--labels", "no objects to ask about: no label map was given",
                    "Give an instance label map and its names with --labels PNG --names TXT, or use --detect");
        }
    }

    /** True when objects come from the detector. */
    boolean detects() {
        return shared == null;
    }

    /** Where this source's scenes came from, with the models and their hashes. */
    SceneSource sceneSource() {
        return sceneSource;
    }

    /** Runs {@code lift} with a pipeline no other thread uses meanwhile (blocks while all detectors are busy). */
    <T> T withPipeline(Function<LiftPipeline, T> lift) throws InterruptedException {
        if (shared != null) {
            return lift.apply(shared);
        }
        LiftPipeline p = pool.take();
        try {
            return lift.apply(p);
        } finally {
            pool.add(p);
        }
    }

    @Override
    public void close() {
        detectors.forEach(Detector::close);
        masks.forEach(MaskSourceChoice::close);
    }
}
