package org.spatiallift.engine.sample;

import java.util.Map;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.image.LabelImage;

/** A rendered procedural scene: RGB, exact depth, instance labels with names, intrinsics and the ground truth. */
public record SampleScene(ColorImage color, DepthImage depth, LabelImage labels, Map<Integer, String> names,
                          Intrinsics intrinsics, GroundTruth truth) {

    public SampleScene {
        names = Map.copyOf(names);
    }
}
