package org.spatiallift.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.caption.CaptionerChoice;
import org.spatiallift.engine.perception.caption.Captioners;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.filter.SceneFilterChoice;
import org.spatiallift.engine.perception.filter.SceneFilters;
import org.spatiallift.engine.perception.mask.MaskParameters;
import org.spatiallift.engine.perception.mask.MaskSourceChoice;
import org.spatiallift.engine.perception.mask.MaskSources;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * The view models' one door to the engine for lifting scenes: decode, then lift. Runs on one worker thread. The scene
 * filter and the captioner are chosen as the CLI chooses them ({@link SceneFilters}: an installed CLIP model, else the
 * rules; {@link Captioners}: an installed captioner, else none), again after the models changed. An image without a
 * label map takes its objects from the installed object detector, masked by an installed box segmenter or GrabCut; an
 * image without a depth file takes its depth from an installed metric depth model ({@link DepthSource}), never
 * invented.
 */
class SceneLoader {

    static final String SAMPLE_TITLE = "Sample scene";
    static final String SAMPLE_DEPTH = "metres (built-in sample scene)";
    static final String MODEL_DEPTH = "estimated by the installed metric depth model";
    /** How errors name the typed intrinsics: the field of File › Open image and depth…, not the CLI option. */
    static final String INTRINSICS_FIELD = "Intrinsics field";
    private static final Logger LOG = LoggerFactory.getLogger(SceneLoader.class);

    private final ModelStore models;
    private volatile boolean modelsChanged = true;
    private LiftPipeline pipeline = new LiftPipeline();
    private LiftPipeline detectingPipeline;
    private SceneFilterChoice filter;
    private CaptionerChoice captioner;
    private Detector detector;
    private MaskSourceChoice masks;

    SceneLoader() {
        this(ModelStore.configured());
    }

    SceneLoader(ModelStore models) {
        this.models = models;
    }

    /** A model was installed or removed: the next lift chooses its models again. */
    void modelsChanged() {
        modelsChanged = true;
    }

    /** The pipeline with the scene filter chosen from the installed models (worker thread). */
    private LiftPipeline pipeline() {
        if (modelsChanged) {
            modelsChanged = false;
            if (filter != null) {
                filter.close();
                filter = null;
            }
            try {
                filter = SceneFilters.choose(models, null, SceneFilters.defaultTokenizer(), InferenceOptions.defaults());
                LOG.info("scene filter: {} ({})", filter.name(), filter.reason());
            } catch (ModelException e) {
                LOG.warn("no model-based scene filter, the rules decide: {}", e.getMessage());
            }
            if (captioner != null) {
                captioner.close();
                captioner = null;
            }
            try {
                captioner = Captioners.choose(models, null, InferenceOptions.defaults());
                LOG.info("captioner: {} ({})", captioner.name(), captioner.reason());
            } catch (ModelException e) {
                LOG.warn("no model captions, captions from measured attributes: {}", e.getMessage());
            }
            pipeline = new LiftPipeline(null, null, filter == null ? null : filter.filter())
                    .withCaptioner(captioner == null ? null : captioner.captioner());
            closeDetection();
        }
        return pipeline;
    }

    /**
     * Where the objects of {@code r} will come from: its annotated boxes, else its label map, else the installed
     * detector, else none.
     */
    String objectsFrom(OpenRequest r) {
        if (r.objects() != null) {
            return PerceptionReport.ANNOTATIONS;
        }
        if (r.labels() != null) {
            return PerceptionReport.LABELS;
        }
        try {
            return models.firstInstalled(ModelRole.OBJECT_DETECTOR) != null ? PerceptionReport.DETECTOR
                    : PerceptionReport.NONE;
        } catch (ModelException e) {
            LOG.warn("model manifests cannot be read, no detector: {}", e.getMessage());
            return PerceptionReport.NONE;
        }
    }

    /**
     * The pipeline for {@code objectsFrom}: with the installed detector and its mask source (an installed box
     * segmenter, else GrabCut), opened on first use and again after the models changed (worker thread).
     */
    private LiftPipeline pipeline(String objectsFrom) throws InputException {
        LiftPipeline base = pipeline();
        if (!PerceptionReport.DETECTOR.equals(objectsFrom)) {
            return base;
        }
        if (detectingPipeline == null) {
            try {
                ModelManifest m = models.firstInstalled(ModelRole.OBJECT_DETECTOR);
                detector = Detector.open(models.locate(m), DetectorOptions.defaults());
                masks = MaskSources.choose(models, null, MaskParameters.defaults(), InferenceOptions.defaults());
                LOG.info("objects from {}, masks from {} ({})", m.id(), masks.name(), masks.reason());
            } catch (ModelException | RuntimeException e) {
                closeDetection();
                throw InputException.forValue("object detector", "the installed detector cannot be used ("
                        + AppAdvice.message(e) + ")", "Open the image with a label map, or reinstall the detector in "
                        + "Models › Models…");
            }
            detectingPipeline = new LiftPipeline(new ObjectDetection(detector::detect, masks.source()), null,
                    filter == null ? null : filter.filter()).withCaptioner(captioner == null ? null : captioner.captioner());
        }
        return detectingPipeline;
    }

    private void closeDetection() {
        detectingPipeline = null;
        if (masks != null) {
            masks.close();
            masks = null;
        }
        if (detector != null) {
            detector.close();
            detector = null;
        }
    }

    SceneModel liftSample(LiftParameters parameters, ProgressListener progress, Cancellation cancellation) {
        SampleScene s = SampleScenes.builtIn();
        cancellation.throwIfCancelled();
        LiftInput input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()),
                null, null);
        LiftPipeline p = pipeline();
        cancellation.throwIfCancelled();
        LiftResult result = p.run(input, parameters, List.of(), progress, cancellation);
        return model(SAMPLE_TITLE, result, List.of(), SAMPLE_DEPTH, null);
    }

    /**
     * Decodes and lifts {@code r}. Cancellation is checked after decoding and after the models are opened (an ONNX
     * session cannot be interrupted: it stays open for the next lift) and then inside the pipeline.
     */
    SceneModel lift(OpenRequest r, LiftParameters parameters, ProgressListener progress, Cancellation cancellation)
            throws InputException {
        RgbdRequest request = toRgbdRequest(r);
        cancellation.throwIfCancelled();
        LoadedInput loaded;
        ModelRef estimatedBy = null;
        if (r.depth() != null) {
            loaded = RgbdLoader.load(request);
        } else {
            try (DepthSource depth = depthModel(r.image())) {
                loaded = RgbdLoader.load(request, depth);
                estimatedBy = ModelRef.ofDepthModel(depth.usedModel());
            }
        }
        cancellation.throwIfCancelled();
        LiftPipeline p = pipeline(objectsFrom(r));
        cancellation.throwIfCancelled();
        LiftResult result = p.run(loaded.input(), parameters, loaded.warnings(), progress, cancellation);
        String depth = loaded.depthEncoding() == null ? MODEL_DEPTH : loaded.depthEncoding().summary();
        return model(String.valueOf(r.image().getFileName()), result, loaded.warnings(), depth, estimatedBy);
    }

    /** Lifts the scene again with new parameters, running only the stages they affect. */
    SceneModel rerun(SceneModel previous, LiftParameters parameters, ProgressListener progress,
                     Cancellation cancellation) throws InputException {
        LiftPipeline p = pipeline(previous.result().perception().source());
        cancellation.throwIfCancelled();
        LiftResult result = p.rerun(previous.result(), parameters, previous.inputWarnings(), progress, cancellation);
        return model(previous.title(), result, previous.inputWarnings(), previous.depthSource(),
                previous.depthModel());
    }

    private static SceneModel model(String title, LiftResult result, List<String> inputWarnings, String depth,
                                    ModelRef depthModel) {
        return new SceneModel(title, result, inputWarnings, depth, depthModel,
                CloudGeometry.drawnSubset(result.cloudCanonical().size()));
    }

    /** Depth from the installed metric depth model, or the refusal that says how to get depth. */
    private DepthSource depthModel(Path image) throws InputException {
        boolean installed;
        try {
            installed = models.firstInstalled(ModelRole.METRIC_DEPTH) != null;
        } catch (ModelException e) {
            throw new InputException(image, "no depth file, and the model manifests cannot be read (" + e.getMessage()
                    + ")", "Open a depth file with the image");
        }
        if (!installed) {
            throw noDepth(image);
        }
        return new DepthSource(models, null, InferenceOptions.defaults());
    }

    /** Checks what the user typed and turns it into the engine's request (depth may be null); names the value at fault. */
    static RgbdRequest toRgbdRequest(OpenRequest r) throws InputException {
        DepthFormat format = r.depthFormat() == null ? null : DepthFormat.fromCliName(r.depthFormat());
        Double scale = parseScale(r.depthScale());
        IntrinsicsSpec intrinsics = r.intrinsics() == null ? null : IntrinsicsSpec.parse(r.intrinsics(), INTRINSICS_FIELD);
        return new RgbdRequest(r.image(), r.depth(), format, scale, intrinsics, r.labels(), r.names(), null,
                r.objects());
    }

    /**
     * The refusal for an image without depth and without a depth model: depth is never invented. Its advice (choose a
     * depth file, install the suggested depth model) is said in the app's terms by {@link AppAdvice}.
     */
    static InputException noDepth(Path image) {
        String problem = Files.isRegularFile(image) ? "no depth file and no depth model"
                : "no depth file and no depth model (and the image does not exist)";
        return new InputException(image, problem + "; SpatialLift never invents depth (with a metric depth model, "
                + DepthSource.SUGGESTED_MODEL + ", 151 MB, it is estimated from the photo, not measured)",
                Advice.CHOOSE_DEPTH_FILE.commandLine()).advise(Advice.CHOOSE_DEPTH_FILE,
                        Advice.installModel(DepthSource.SUGGESTED_MODEL, true));
    }

    private static Double parseScale(String text) throws InputException {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw InputException.forValue("depth scale", "'" + text + "' is not a number",
                    "Give the depth units per metre, e.g. 1000 for millimetres or 5000 for TUM");
        }
    }
}
