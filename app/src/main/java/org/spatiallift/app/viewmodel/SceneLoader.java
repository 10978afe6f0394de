package org.spatiallift.app.viewmodel;

import java.util.List;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

/** The view models' one door to the engine for opening scenes: decode, then lift. Runs on a worker thread. */
class SceneLoader {

    private final LiftPipeline pipeline = new LiftPipeline();

    LiftResult liftSample() {
        SampleScene s = SampleScenes.builtIn();
        LiftInput input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()),
                null, null);
        return pipeline.run(input, LiftParameters.defaults(), List.of(), ProgressListener.NONE, Cancellation.NEVER);
    }

    LiftResult lift(OpenRequest r) throws InputException {
        if (r.depth() == null) {
            throw new InputException(r.image(), "no depth file was given, and SpatialLift does not invent depth",
                    "Open the image together with its depth file (PNG, NPY, PFM, PGM); depth models come with the perception release");
        }
        DepthFormat format = r.depthFormat() == null ? null : DepthFormat.fromCliName(r.depthFormat());
        Double scale = parseScale(r.depthScale());
        IntrinsicsSpec intrinsics = r.intrinsics() == null ? null : IntrinsicsSpec.parse(r.intrinsics());
        RgbdRequest request = new RgbdRequest(r.image(), r.depth(), format, scale, intrinsics, r.labels(), r.names(), null);
        LoadedInput loaded = RgbdLoader.load(request);
        return pipeline.run(loaded.input(), LiftParameters.defaults(), loaded.warnings(), ProgressListener.NONE,
                Cancellation.NEVER);
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
