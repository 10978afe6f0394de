package org.spatiallift.engine.perception.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy non-maximum suppression over a detector's boxes, best score first (Neubeck and Van Gool 2006): a box is
 * dropped when it overlaps a kept box of the same class by IoU ≥ {@value #SAME_CLASS_IOU} (CenterNet's per-class peaks
 * give one wardrobe three "refrigerator" boxes at low thresholds), or a kept box of any class by IoU ≥
 * {@value #ANY_CLASS_IOU} (one object under two labels: a bin as "toilet" and "chair"). Boxes that merely touch or
 * nest (a cup on a table) stay. The lift applies it to the detector's boxes before masks are made; {@code detect}
 * prints the model's own boxes.
 */
public final class DuplicateSuppression {

    static final double SAME_CLASS_IOU = 0.5;
    static final double ANY_CLASS_IOU = 0.7;

    private DuplicateSuppression() {
    }

    /** The detections that survive, in their order ({@code detections} must be best score first). */
    public static List<Detection> apply(List<Detection> detections) {
        List<Detection> kept = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            boolean duplicate = false;
            for (Detection k : kept) {
                double iou = d.box().iou(k.box());
                if (iou >= ANY_CLASS_IOU || (iou >= SAME_CLASS_IOU && d.classId() == k.classId())) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(d);
            }
        }
        return kept;
    }
}
