package org.spatiallift.engine.ask.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.spatiallift.engine.annotation.AnnotationProvenance;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Lifts the frames of a sequence one at a time, as {@code spatiallift qa} lifts one image: the files through
 * {@link RgbdLoader} (depth is required), the pipeline given (label maps, annotated boxes or the detector), and the
 * QA scene through {@link AnnotationProvenance#scene}. Each object of the lift becomes a {@link TrackCandidate} with its
 * box centre taken back to the camera frame ({@code p_camera = R⁻¹·(p_canonical − t)} of the frame's own
 * camera-to-canonical transform). As thread-safe as the pipeline (one with a detector is not).
 */
public final class FrameLifter {

    private final LiftPipeline pipeline;
    private final Function<DepthEncoding, LiftParameters> parameters;
    private final Margins margins;
    private final SceneSource source;
    private final boolean labelsComplete;

    /**
     * @param pipeline       the lift, with its object source
     * @param parameters     the lift parameters for a frame whose depth is read as the given encoding (the command
     *                       line's depth cut depends on the format)
     * @param margins        the QA margins (also those of {@link CategoryMeasure})
     * @param source         where the scenes' objects and depth come from, for provenance
     * @param labelsComplete the label maps name every object in view
     */
    public FrameLifter(LiftPipeline pipeline, Function<DepthEncoding, LiftParameters> parameters, Margins margins,
                       SceneSource source, boolean labelsComplete) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.margins = Objects.requireNonNull(margins, "margins");
        this.source = Objects.requireNonNull(source, "source");
        this.labelsComplete = labelsComplete;
    }

    /** Loads and lifts {@code frame}; throws naming the file when it cannot be read or has no depth. */
    public LiftedFrame lift(FrameInput frame, ProgressListener progress, Cancellation cancellation)
            throws InputException {
        LoadedInput loaded = RgbdLoader.load(frame.request());
        LiftResult result = pipeline.run(loaded.input(), parameters.apply(loaded.depthEncoding()), loaded.warnings(),
                progress, cancellation);
        QaScene scene = AnnotationProvenance.scene(frame.name(), result, margins, source, labelsComplete);
        return new LiftedFrame(frame.name(), scene, candidates(result, scene), result.warnings());
    }

    /** Every object of {@code result} as a candidate: its camera-frame centre and its place in {@code scene}. */
    static List<TrackCandidate> candidates(LiftResult result, QaScene scene) {
        RigidTransform canonicalToCamera = result.frame().cameraToCanonical().inverse();
        List<TrackCandidate> out = new ArrayList<>(result.objects().size());
        for (SceneObject o : result.objects()) {
            int index = indexOf(scene.objects(), o.id());
            String leftOut = index >= 0 ? null : leftOutReason(scene, o);
            out.add(new TrackCandidate(o.id(), o.name(), canonicalToCamera.apply(o.boxCanonical().center()), index,
                    leftOut));
        }
        return out;
    }

    private static int indexOf(List<QaObject> objects, int id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String leftOutReason(QaScene scene, SceneObject o) {
        for (ExcludedObject e : scene.excluded()) {
            if (e.id() == o.id()) {
                return e.reason();
            }
        }
        return o.rejection() != null ? o.rejection() : "it is left out of QA in this frame";
    }
}
