package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.DetectionException;
import org.spatiallift.engine.perception.detect.Detections;

/**
 * Where the boxes that prompt the masks come from: {@code Detector::detect} in the product, fixed boxes in tests.
 */
@FunctionalInterface
public interface DetectionSource {

    /** The detections in {@code image}, best first, boxes in the image's own pixels. */
    Detections detect(ColorImage image) throws DetectionException;
}
