package org.spatiallift.engine.perception.mask;

import java.util.List;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * Masks of a frame's detections as an instance label map with names (the same object path as a label map read from a
 * file), with one report per detection and a warning per detection left out.
 *
 * @param labels    instance ids (detection rank + 1) and their names (the detection labels)
 * @param reports   one per detection, in detection order
 * @param warnings  one line per left-out detection (and one when a segmentation model failed and GrabCut stood in)
 * @param segmenter the box-prompted segmentation model that made the masks, or null when GrabCut made them
 */
public record ObjectMasks(ObjectLabels labels, List<MaskReport> reports, List<String> warnings, ModelProvenance segmenter) {

    public ObjectMasks {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }

    /** Masks made by GrabCut (no segmentation model). */
    public ObjectMasks(ObjectLabels labels, List<MaskReport> reports, List<String> warnings) {
        this(labels, reports, warnings, null);
    }

    /** "grabcut", or the id of the segmentation model. */
    public String source() {
        return segmenter == null ? GrabCutMaskSource.NAME : segmenter.modelId();
    }
}
