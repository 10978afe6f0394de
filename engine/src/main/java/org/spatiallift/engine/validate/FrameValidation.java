package org.spatiallift.engine.validate;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Judges a lift of an annotated frame: its gravity, camera height and objects. The objects the lift rejected (class
 * plausibility) are matched among themselves, so they neither count as the lift's wrong or duplicate objects nor make
 * a used object a duplicate; their verdicts show whether each rejection was right.
 */
public final class FrameValidation {

    private FrameValidation() {
    }

    /** {@code lift} (of {@code truth}'s colour and depth) against {@code truth}. */
    public static FrameReport judge(GroundTruthFrame truth, LiftResult lift, ClassCompatibility classes)
            throws InputException {
        CanonicalFrame f = lift.frame();
        FrameTruth height = FrameTruth.of(truth);
        List<SceneObject> used = lift.objects().stream().filter(o -> !o.rejected()).toList();
        List<SceneObject> rejected = lift.objects().stream().filter(SceneObject::rejected).toList();
        List<ObjectVerdict> verdicts = new ArrayList<>(ObjectMatcher.judge(used, truth, f.cameraToCanonical(),
                f.cameraHeightM(), height.heightM(), classes));
        List<ObjectVerdict> ofRejected = ObjectMatcher.judge(rejected, truth, f.cameraToCanonical(), f.cameraHeightM(),
                height.heightM(), classes);
        for (int i = 0; i < rejected.size(); i++) {
            verdicts.add(ofRejected.get(i).withRejection(rejected.get(i).rejection()));
        }
        return new FrameReport(truth.name(), f.canonical(), f.downCamera().angleDegTo(truth.downCamera()),
                f.gravityUncertaintyDeg(), f.cameraHeightM(), height.heightM(), height.source(), verdicts, List.of());
    }
}
