package org.spatiallift.engine.perception.segment;

import java.util.List;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

/** One mask per box prompt, in prompt order, with the timings (encoder + all decoder runs) and the provenance. */
public record Segmentation(List<ObjectMask> masks, PhaseTimings timings, ModelProvenance provenance) {

    public Segmentation {
        masks = List.copyOf(masks);
    }
}
