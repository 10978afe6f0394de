package org.spatiallift.engine.validate;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftResult;

/** Judges a lift of an annotated frame: its gravity, camera height and objects. */
public final class FrameValidation {

    private FrameValidation() {
    }

    /** {@code lift} (of {@code truth}'s colour and depth) against {@code truth}. */
    public static FrameReport judge(GroundTruthFrame truth, LiftResult lift, ClassCompatibility classes)
            throws InputException {
        CanonicalFrame f = lift.frame();
        FrameTruth height = FrameTruth.of(truth);
        return new FrameReport(truth.name(), f.canonical(), f.downCamera().angleDegTo(truth.downCamera()),
                f.gravityUncertaintyDeg(),
                f.cameraHeightM(), height.heightM(), height.source(), ObjectMatcher.judge(lift.objects(), truth,
                f.cameraToCanonical(), f.cameraHeightM(), height.heightM(), classes), java.util.List.of());
    }
}
