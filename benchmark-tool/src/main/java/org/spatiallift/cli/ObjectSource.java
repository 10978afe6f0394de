package org.spatiallift.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.annotation.AnnotationProvenance;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.filter.SceneFilterChoice;
import org.spatiallift.engine.perception.mask.MaskSourceChoice;
import org.spatiallift.engine.perception.mask.MaskSources;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;

/**
 * Where objects come from on the command line, for {@code qa} and {@code generate}: label maps or the detector. Each
 * worker thread borrows a pipeline of its own, because the models in it are not thread-safe: a {@link Detector} and a
 * mask source ({@link MaskSources}: an installed box segmenter or GrabCut) with the detector, and a scene filter (an
 * installed CLIP model or the rules) either way. Closing it closes every model it opened.
 */
final class ObjectSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectSource.class);

    /** Opens one mask source for one worker. */
    @FunctionalInterface
    interface MaskOpener {
        MaskSourceChoice open() throws ModelException;
    }

    /** Opens one scene filter for one worker. */
    @FunctionalInterface
    interface FilterOpener {
        SceneFilterChoice open() throws ModelException;
    }

    private final BlockingQueue<LiftPipeline> pool;
    private final List<AutoCloseable> resources;
    private final SceneSource sceneSource;
    private final boolean detects;
    private final boolean labelsComplete;

    private ObjectSource(List<LiftPipeline> pipelines, List<AutoCloseable> resources, SceneSource sceneSource,
            boolean detects, boolean labelsComplete) {
        this.pool = new ArrayBlockingQueue<>(pipelines.size(), false, pipelines);
        this.resources = List.copyOf(resources);
        this.sceneSource = sceneSource;
        this.detects = detects;
        this.labelsComplete = labelsComplete && !detects;
    }

    /**
     * Objects from each image's label map; {@code workers} pipelines, each with its own scene filter.
     *
     * @param complete the label maps name every object in view (counting questions may be asked)
     */
    static ObjectSource labels(int workers, FilterOpener filters, boolean complete) throws ModelException {
        List<AutoCloseable> opened = new ArrayList<>();
        List<LiftPipeline> pipelines = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, workers); i++) {
                SceneFilterChoice filter = filters.open();
                opened.add(filter);
                pipelines.add(new LiftPipeline(null, null, filter.filter()));
            }
        } catch (ModelException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
        SceneFilterChoice first = (SceneFilterChoice) opened.get(0);
        LOG.info("scene filter: {} ({})", first.name(), first.reason());
        return new ObjectSource(pipelines, opened, sceneSource(SceneSource.LABELS.objects(), null, null,
                first.provenance()), false, complete);
    }

    /**
     * Objects from {@code instances} detectors of {@code model} (one per worker thread), each with its own mask source
     * and scene filter, opened now so that a missing or broken model stops the command before any image is read.
     */
    static ObjectSource detector(LocatedModel model, DetectorOptions options, int instances, MaskOpener masks,
            FilterOpener filters) throws ModelException {
        List<AutoCloseable> opened = new ArrayList<>();
        List<LiftPipeline> pipelines = new ArrayList<>();
        ModelProvenance detector = null;
        MaskSourceChoice firstMasks = null;
        SceneFilterChoice firstFilter = null;
        try {
            for (int i = 0; i < Math.max(1, instances); i++) {
                Detector d = Detector.open(model, options);
                opened.add(d);
                MaskSourceChoice m = masks.open();
                opened.add(m);
                SceneFilterChoice f = filters.open();
                opened.add(f);
                pipelines.add(new LiftPipeline(new ObjectDetection(d::detect, m.source()), null, f.filter()));
                if (i == 0) {
                    detector = d.provenance();
                    firstMasks = m;
                    firstFilter = f;
                }
            }
        } catch (ModelException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
        LOG.info("masks from: {} ({}); scene filter: {} ({})", firstMasks.name(), firstMasks.reason(),
                firstFilter.name(), firstFilter.reason());
        return new ObjectSource(pipelines, opened, sceneSource("detector", detector, firstMasks.provenance(),
                firstFilter.provenance()), true, false);
    }

    /**
     * Provenance of the scenes: where objects came from, and each model that shaped them with a SHA-256 — the
     * detector's of the ONNX bytes the runtime ran (they cover the graph and the weights; the source files' hashes are
     * pinned in the manifest of that id), the box segmenter's and the CLIP model's of their main graph. A null model
     * was not used (GrabCut, the rules).
     */
    static SceneSource sceneSource(String objects, ModelProvenance detector, ModelProvenance segmenter,
            ModelProvenance sceneFilter) {
        List<ModelRef> models = new ArrayList<>();
        if (detector != null) {
            models.add(new ModelRef(detector.modelId(), "detector", detector.onnxSha256()));
        }
        if (segmenter != null) {
            models.add(new ModelRef(segmenter.modelId(), "box_segmenter", segmenter.onnxSha256()));
        }
        if (sceneFilter != null) {
            models.add(new ModelRef(sceneFilter.modelId(), "scene_filter", sceneFilter.onnxSha256()));
        }
        return new SceneSource(objects, models);
    }

    /** Refuses a run with neither a label map nor the detector. */
    static void requireLabels(boolean labels) throws InputException {
        if (!labels) {
            throw InputException.forValue("--labels", "no objects to ask about: no label map and no annotated objects "
                    + "were given", "Give an instance label map and its names with --labels PNG --names TXT, annotated "
                    + "boxes with --objects JSON, or use --detect");
        }
    }

    /** True when objects come from the detector. */
    boolean detects() {
        return detects;
    }

    /**
     * The QA scene of a lift by this source: its objects' list is complete only for label maps declared so, or
     * annotations that say they are exhaustive. Objects from annotations name the file and its SHA-256 in the
     * provenance ({@link AnnotationProvenance}).
     */
    QaScene scene(String key, LiftResult result, Margins margins) {
        return scene(key, result, margins, null);
    }

    /** The scene of one image whose depth {@code depthModel} estimated (null: read from a depth file). */
    QaScene scene(String key, LiftResult result, Margins margins, ModelRef depthModel) {
        SceneSource base = depthModel == null ? sceneSource : sceneSource.withEstimatedDepth(depthModel);
        return AnnotationProvenance.scene(key, result, margins, base, labelsComplete);
    }

    /** Where this source's scenes came from, with the models and their hashes. */
    SceneSource sceneSource() {
        return sceneSource;
    }

    /** Runs {@code lift} with a pipeline no other thread uses meanwhile (blocks while all pipelines are busy). */
    <T> T withPipeline(Function<LiftPipeline, T> lift) throws InterruptedException {
        LiftPipeline p = pool.take();
        try {
            return lift.apply(p);
        } finally {
            pool.add(p);
        }
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", c, e.getMessage());
            }
        }
    }
}
