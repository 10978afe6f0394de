package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.perception.detect.Detection;

/**
 * What became of one detection's mask.
 *
 * @param id            instance id the mask has (or would have had) in the label map: detection rank + 1
 * @param detection     the detection it came from
 * @param method        how the mask was made, or null when it was left out before one was made
 * @param pixels        mask pixels in the final label map (after overlaps were resolved); 0 when left out
 * @param depthPixels   of those, pixels with depth (each becomes a point of the object)
 * @param layer         the depth layer the mask was cut to, or null when the box had no usable depth
 * @param millis        wall-clock time spent on this mask (GrabCut, depth refinement, clean-up)
 * @param leftOutReason why the mask is not in the label map, or null when it is
 */
public record MaskReport(int id, Detection detection, MaskMethod method, int pixels, int depthPixels, DepthLayer layer, double millis,
                         String leftOutReason) {

    public boolean kept() {
        return leftOutReason == null;
    }
}
