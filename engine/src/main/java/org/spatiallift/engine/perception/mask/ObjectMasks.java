package org.spatiallift.engine.perception.mask;

import java.util.List;

import org.spatiallift.engine.scene.ObjectLabels;

/**
 * Masks of a frame's detections as an instance label map with names (the same object path as a label map read from a
 * file), with one report per detection and a warning per detection left out.
 *
 * @param labels   instance ids (detection rank + 1) and their names (the detection labels)
 * @param reports  one per detection, in detection order
 * @param warnings one line per left-out detection
 */
public record ObjectMasks(ObjectLabels labels, List<MaskReport> reports, List<String> warnings) {

    public ObjectMasks {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
