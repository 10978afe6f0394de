package org.spatiallift.engine.perception.mask;

import java.util.List;

import org.spatiallift.engine.perception.detect.Detection;

/**
 * Turns detector boxes into instance masks: the seam between box prompts and whatever segments them.
 * {@link GrabCutMaskSource} (OpenCV GrabCut refined by depth) is the built-in one; a box-prompted segmentation model
 * can implement this interface too and replace it without changes to the lift.
 */
@FunctionalInterface
public interface MaskSource {

    /**
     * One mask per usable detection, as an instance label map with names; detections whose mask comes out empty or
     * too small are left out with a warning.
     *
     * @param input      the frame: colour, depth, intrinsics and the support plane (if one was found)
     * @param detections boxes in the image's own pixels, best first; detection k gets instance id k + 1
     */
    ObjectMasks masks(MaskInput input, List<Detection> detections);

    /**
     * {@link #masks(MaskInput, List)}, telling {@code progress} after each box; {@code progress} may stop the work by
     * throwing (a cancelled lift). Sources that segment all boxes in one call report once, at the end.
     */
    default ObjectMasks masks(MaskInput input, List<Detection> detections, MaskProgress progress) {
        ObjectMasks masks = masks(input, detections);
        progress.boxesDone(detections.size(), detections.size());
        return masks;
    }
}
