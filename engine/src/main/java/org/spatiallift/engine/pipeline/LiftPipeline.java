package org.spatiallift.engine.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.annotation.AnnotatedFrame;
import org.spatiallift.engine.annotation.Annotations;
import org.spatiallift.engine.annotation.BoxObjects;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.cloud.StatisticalOutlierFilter;
import org.spatiallift.engine.cloud.VoxelGrid;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.frame.PlaneSegmenter;
import org.spatiallift.engine.image.DepthDensity;
import org.spatiallift.engine.lift.BackProjector;
import org.spatiallift.engine.perception.caption.ImageCaptioner;
import org.spatiallift.engine.perception.caption.ObjectCaptions;
import org.spatiallift.engine.perception.describe.ModelCaptions;
import org.spatiallift.engine.perception.describe.ObjectDescriber;
import org.spatiallift.engine.perception.describe.Shadow;
import org.spatiallift.engine.perception.describe.ShadowMeasure;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.DetectionException;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.DuplicateSuppression;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.filter.RuleSceneFilter;
import org.spatiallift.engine.perception.filter.SceneFilter;
import org.spatiallift.engine.perception.filter.SceneFilterInput;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.perception.mask.MaskInput;
import org.spatiallift.engine.perception.mask.MaskProgress;
import org.spatiallift.engine.perception.mask.MaskReport;
import org.spatiallift.engine.perception.mask.ObjectMasks;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.plausibility.CheckedObjects;
import org.spatiallift.engine.plausibility.ClassPlausibility;
import org.spatiallift.engine.plausibility.DuplicateObjects;
import org.spatiallift.engine.scene.CompletionScene;
import org.spatiallift.engine.scene.ExtractedObjects;
import org.spatiallift.engine.scene.ImageBox;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.ObjectCompletion;
import org.spatiallift.engine.scene.ObjectExtractor;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The lift from decoded inputs to a canonical scene, stage by stage ({@link Stage}): back-projection of every valid
 * pixel → voxel down-sampling (→ optional statistical outlier removal) → plane segmentation on the voxel cloud →
 * floor / table / upright fallback → the whole cloud in the canonical frame → objects → 3-D duplicates dropped
 * ({@link DuplicateObjects}) and implausible detections rejected ({@link ClassPlausibility}) → descriptions → scene
 * filter.
 *
 * <p>With annotated objects in the input ({@link Annotations}), objects come from their boxes ({@link BoxObjects}:
 * class and extent as annotated, the points inside each box, narrowed by the label map when there is one) and the
 * frame's gravity from the annotated gravity when they give it ({@link AnnotatedFrame}). Otherwise objects come
 * from the input's label map, or — with {@link ObjectDetection} — from a detector: its boxes become
 * masks (GrabCut and depth, or a box-prompted segmenter and depth, with the support plane just found), and the masks an instance label map that takes the
 * same object path as a label map read from a file ({@link ObjectExtractor}); each object keeps its detection's
 * score. Whenever objects are sought, they are described ({@link ObjectDescriber}: caption, unique referring
 * expression or ambiguity) and the scene is judged ({@link SceneFilter}, the rules by default).
 *
 * <p>Each stage is timed on its own; progress is reported and cancellation checked between stages and inside the
 * long ones: after each plane found and, in the masks stage, after each box ({@link MaskProgress}); a cancelled run
 * throws {@code CancellationException}. Without a detector the
 * pipeline is stateless and thread-safe; with one it is as thread-safe as the detector (a {@code Detector} is not).
 */
public final class LiftPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(LiftPipeline.class);

    private final ObjectDetection detection;
    private final ObjectDescriber describer;
    private final SceneFilter sceneFilter;
    private final ImageCaptioner captioner;

    /** Objects from the input's label map (if any), the default describer and the rule-based scene filter. */
    public LiftPipeline() {
        this(null, null, null);
    }

    /**
     * @param detection   objects from a detector instead of the label map, or null for the label map
     * @param describer   captions and referring expressions, or null for {@link ObjectDescriber#defaults()}
     * @param sceneFilter the scene filter, or null for {@link RuleSceneFilter#defaults()}
     */
    public LiftPipeline(ObjectDetection detection, ObjectDescriber describer, SceneFilter sceneFilter) {
        this(detection, describer, sceneFilter, null);
    }

    private LiftPipeline(ObjectDetection detection, ObjectDescriber describer, SceneFilter sceneFilter,
            ImageCaptioner captioner) {
        this.detection = detection;
        this.describer = describer == null ? ObjectDescriber.defaults() : describer;
        this.sceneFilter = sceneFilter == null ? RuleSceneFilter.defaults() : sceneFilter;
        this.captioner = captioner;
    }

    /**
     * This pipeline with model captions: each object's image crop captioned by {@code captioner} (null for none) leads
     * its measured caption ({@link ObjectCaptions}). A captioner is not thread-safe: neither is the pipeline then.
     */
    public LiftPipeline withCaptioner(ImageCaptioner captioner) {
        return new LiftPipeline(detection, describer, sceneFilter, captioner);
    }

    /** Objects from {@code detection}; default describer and scene filter. */
    public static LiftPipeline withDetection(ObjectDetection detection) {
        return new LiftPipeline(detection, null, null);
    }

    /** Lifts {@code input} with {@code parameters}; {@code inputWarnings} (from decoding) lead the result's warnings. */
    public LiftResult run(LiftInput input, LiftParameters parameters, List<String> inputWarnings,
                          ProgressListener progress, Cancellation cancellation) {
        return runFrom(Stage.BACK_PROJECT, input, null, parameters, inputWarnings, progress, cancellation);
    }

    /**
     * Lifts {@code previous}'s input again with new {@code parameters}, running only the stages the change makes stale
     * ({@link StageDependencies#firstStale}) and reusing the earlier stages' outputs from {@code previous}: a new voxel
     * size or RANSAC threshold starts from the cached back-projected cloud, a new depth range from back-projection.
     * The result equals {@link #run} with the same parameters; its timings hold only the stages that ran.
     * Returns {@code previous} itself when the parameters are equal.
     *
     * @param inputWarnings the decoding warnings {@code previous} was lifted with (they lead the warnings again)
     */
    public LiftResult rerun(LiftResult previous, LiftParameters parameters, List<String> inputWarnings,
                            ProgressListener progress, Cancellation cancellation) {
        Stage first = StageDependencies.firstStale(previous.parameters(), parameters);
        if (first == null) {
            return previous;
        }
        return runFrom(first, previous.input(), previous, parameters, inputWarnings, progress, cancellation);
    }

    /** Runs the stages from {@code first} on; earlier stages' outputs come from {@code previous}. */
    private LiftResult runFrom(Stage first, LiftInput input, LiftResult previous, LiftParameters parameters,
                               List<String> inputWarnings, ProgressListener progress, Cancellation cancellation) {
        StageTimer timer = new StageTimer(progress, cancellation);
        List<String> warnings = new ArrayList<>(inputWarnings);

        PointCloud cloud;
        if (first.compareTo(Stage.BACK_PROJECT) <= 0) {
            cloud = BackProjector.backProject(input.depth(), input.color(), input.intrinsics(),
                    parameters.minDepthM(), parameters.maxDepthM());
            timer.done(Stage.BACK_PROJECT);
        } else {
            cloud = previous.cloudCamera();
        }
        if (cloud.size() == 0) {
            warnings.add(String.format(Locale.ROOT, "no pixel has depth in (%.2f, %.2f] m: nothing to lift; "
                    + "widen the depth range", parameters.minDepthM(), parameters.maxDepthM()));
        }

        PointCloud voxels;
        if (first.compareTo(Stage.VOXEL) <= 0) {
            voxels = VoxelGrid.downsample(cloud, parameters.voxelM());
            timer.done(Stage.VOXEL);
            if (parameters.removeOutliers()) {
                voxels = new StatisticalOutlierFilter(parameters.outlierNeighbours(), parameters.outlierStdRatio())
                        .filter(voxels).cloud();
                timer.done(Stage.OUTLIERS);
            }
        } else {
            voxels = previous.voxelCamera();
        }

        List<PlaneFit> planes;
        if (first.compareTo(Stage.PLANES) <= 0) {
            planes = PlaneSegmenter.fromParameters(parameters).segment(voxels,
                    found -> timer.within(Stage.PLANES, (double) found / parameters.maxPlanes()));
            timer.done(Stage.PLANES);
        } else {
            planes = previous.planes();
        }
        CanonicalFrame frame;
        Annotations annotations = input.annotations();
        if (first.compareTo(Stage.FLOOR) <= 0) {
            frame = CanonicalFrameEstimator.fromParameters(parameters).estimate(voxels, planes);
            if (annotations != null && annotations.downCamera() != null) {
                frame = AnnotatedFrame.of(annotations.downCamera(), voxels, annotations.boxes(), frame);
            }
            timer.done(Stage.FLOOR);
        } else {
            frame = previous.frame();
        }
        if (!frame.canonical()) {
            warnings.add(frame.reason());
        }
        PointCloud canonical;
        if (first.compareTo(Stage.CANONICAL) <= 0) {
            canonical = cloud.transformed(frame.cameraToCanonical(), CoordinateFrame.CANONICAL);
            timer.done(Stage.CANONICAL);
        } else {
            canonical = previous.cloudCanonical();
        }

        ObjectLabels labels = input.labels();
        DepthDensity density = DepthDensity.of(input.depth());
        if (density.sparse() && (labels != null || detection != null)) {
            warnings.add(density.describe() + ": objects keep every point their masks have, at least "
                    + density.minimumPoints(ObjectExtractor.DEFAULT_MIN_OBJECT_POINTS) + ", and a box whose centre the"
                    + " scan's rows miss is kept");
        }
        String source = labels == null ? PerceptionReport.NONE : PerceptionReport.LABELS;
        Detections detections = null;
        List<MaskReport> masks = List.of();
        List<LeftOutObject> leftOut = new ArrayList<>();
        ModelProvenance segmenter = null;
        if (annotations != null) {
            if (detection != null) {
                warnings.add("the detector is not used: objects come from the annotated boxes");
            }
            source = PerceptionReport.ANNOTATIONS;
        } else if (detection != null) {
            if (labels != null) {
                warnings.add("the label map is not used: objects come from the detector");
            }
            Detections raw = detect(input);
            detections = new Detections(DuplicateSuppression.apply(raw.detections()), raw.imageWidth(),
                    raw.imageHeight(), raw.timings(), raw.provenance(), shadowsOf(raw));
            int suppressed = raw.detections().size() - detections.detections().size();
            if (suppressed > 0) {
                warnings.add(suppressed + " duplicate detection" + (suppressed == 1 ? "" : "s") + " suppressed (a box that"
                        + " overlaps a better one of its class by IoU >= 0.5, or of any class by IoU >= 0.7)");
            }
            leftOut.addAll(LeftOutDetections.beforeMasks(raw, detections));
            timer.done(Stage.DETECT);
            MaskInput maskInput = new MaskInput(input.color(), input.depth(), input.intrinsics(),
                    frame.canonical() ? frame.supportPlaneCamera() : null, parameters.minDepthM(), parameters.maxDepthM(),
                    density);
            ObjectMasks objectMasks = detection.masks().masks(maskInput, detections.detections(),
                    (done, total) -> timer.within(Stage.MASKS, total == 0 ? 1 : (double) done / total));
            timer.done(Stage.MASKS);
            labels = objectMasks.labels();
            masks = objectMasks.reports();
            leftOut.addAll(LeftOutDetections.withoutMask(masks));
            segmenter = objectMasks.segmenter();
            warnings.addAll(objectMasks.warnings());
            source = PerceptionReport.DETECTOR;
        }

        List<SceneObject> objects = List.of();
        SceneVerdict verdict = null;
        if (labels != null || annotations != null) {
            ExtractedObjects extracted = annotations != null
                    ? BoxObjects.withFloorContact(parameters.floorContactM()).extract(cloud,
                            frame.cameraToCanonical(), annotations.boxes(), labels)
                    : ObjectExtractor.fromParameters(parameters, density).extract(cloud, canonical, labels);
            objects = extracted.objects();
            warnings.addAll(extracted.warnings());
            leftOut.addAll(detections == null ? extracted.leftOut()
                    : LeftOutDetections.scored(extracted.leftOut(), detections));
            if (detections != null) {
                List<Detection> found = detections.detections();
                objects = objects.stream().map(o -> o.withDetectorScore(found.get(o.id() - 1).score())).toList();
            }
            if (annotations == null) { // annotated boxes give each object's whole extent
                objects = complete(objects, detections, labels, input, parameters, cloud, canonical, voxels, planes,
                        frame);
            }
            if (density.sparse() && annotations == null) { // a scan's few lines of each object's near side place it but do not measure it
                objects = objects.stream().map(o -> o.withCompleteness(o.completeness().inSparseDepth())).toList();
            }
            objects = checked(ClassPlausibility.defaults().apply(objects, frame), warnings, leftOut);
            objects = checked(DuplicateObjects.apply(objects, canonical), warnings, leftOut);
            timer.done(Stage.OBJECTS);
            ModelCaptions captions = modelCaptions(input, cloud, objects, warnings);
            List<Shadow> shadows = detections == null ? List.of() : ShadowMeasure.measure(detections.shadows(),
                    input.color(), input.depth(), input.intrinsics(), frame.cameraToCanonical(), parameters.minDepthM(),
                    parameters.maxDepthM());
            objects = describer.describe(objects, cloud, frame, captions == null ? ModelCaptions.NONE : captions,
                    shadows);
            timer.done(Stage.DESCRIBE);
            verdict = sceneFilter.judge(new SceneFilterInput(input.color(), cloud, frame, objects));
            timer.done(Stage.SCENE_FILTER);
        }
        LOG.debug("lifted {} points, {} planes, {} objects from stage {} in {}", cloud.size(), planes.size(),
                objects.size(), first.key(), timer.millis());
        return new LiftResult(input, parameters, cloud, canonical, voxels, planes, frame, objects,
                new StageTimings(timer.millis()), warnings, new PerceptionReport(source, detections, masks, verdict,
                segmenter, leftOut));
    }

    /**
     * The objects completed and judged whole or not ({@link ObjectCompletion}): a detector's partial masks grow within
     * their boxes; a label map's objects (annotations, usually whole) are only judged truncated or occluded.
     */
    private static List<SceneObject> complete(List<SceneObject> objects, Detections detections, ObjectLabels labels,
            LiftInput input, LiftParameters parameters, PointCloud cloud, PointCloud canonical, PointCloud voxels,
            List<PlaneFit> planes, CanonicalFrame frame) {
        Map<Integer, ImageBox> boxes = new HashMap<>();
        if (detections != null) {
            List<Detection> found = detections.detections();
            for (SceneObject o : objects) {
                PixelBox b = found.get(o.id() - 1).box();
                boxes.put(o.id(), new ImageBox(b.x0(), b.y0(), b.x1(), b.y1()));
            }
        }
        return ObjectCompletion.fromParameters(parameters).complete(objects, boxes, detections != null,
                new CompletionScene(cloud, canonical, voxels, planes, frame, input.intrinsics(), labels.labels()));
    }

    /** The objects a check kept; its warnings join {@code warnings}, what it dropped {@code leftOut}. */
    private static List<SceneObject> checked(CheckedObjects result, List<String> warnings,
                                             List<LeftOutObject> leftOut) {
        warnings.addAll(result.warnings());
        leftOut.addAll(result.dropped());
        return result.objects();
    }

    /** The captioner's captions of the objects' crops, or null without a captioner or when it fails (warned). */
    private ModelCaptions modelCaptions(LiftInput input, PointCloud cloud, List<SceneObject> objects,
            List<String> warnings) {
        if (captioner == null || objects.isEmpty()) {
            return null;
        }
        try {
            return ObjectCaptions.of(captioner, input.color(), cloud, objects);
        } catch (ModelException e) {
            warnings.add("captioner " + captioner.manifest().id() + " failed, captions from the measured attributes "
                    + "only: " + e.getMessage());
            return null;
        }
    }

    /**
     * The detector's shadows (weaker detections) that are not duplicates of a kept box or of a better shadow, by the
     * same rule as the kept boxes ({@link DuplicateSuppression} over both, best first): another object of a class,
     * not the same one seen twice.
     */
    private static List<Detection> shadowsOf(Detections raw) {
        if (raw.shadows().isEmpty()) {
            return List.of();
        }
        List<Detection> all = new ArrayList<>(raw.detections());
        all.addAll(raw.shadows());
        Set<Detection> shadows = Collections.newSetFromMap(new IdentityHashMap<>());
        shadows.addAll(raw.shadows());
        return DuplicateSuppression.apply(all).stream().filter(shadows::contains).toList();
    }

    private Detections detect(LiftInput input) {
        try {
            return detection.detector().detect(input.color());
        } catch (DetectionException e) {
            throw new IllegalStateException("object detection failed on " + (input.imageFile() == null ? "the image"
                    : input.imageFile()) + ": " + e.getMessage() + ". This is a bug or an exhausted machine: report it "
                    + "with the log", e);
        }
    }
}
