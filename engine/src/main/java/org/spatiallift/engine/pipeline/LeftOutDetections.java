package org.spatiallift.engine.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.mask.MaskReport;
import org.spatiallift.engine.scene.LeftOutObject;
import org.spatiallift.engine.scene.LeftOutObject.Reason;

/** The detections a lift leaves out before its objects are measured, each with its reason. */
final class LeftOutDetections {

    private LeftOutDetections() {
    }

    /**
     * The detections of {@code raw} that {@code kept} lost: boxes suppressed as duplicates (naming the kept box they
     * repeat and the overlap) and the shadows below the threshold.
     */
    static List<LeftOutObject> beforeMasks(Detections raw, Detections kept) {
        List<LeftOutObject> out = new ArrayList<>();
        Set<Detection> survivors = Collections.newSetFromMap(new IdentityHashMap<>());
        survivors.addAll(kept.detections());
        for (Detection d : raw.detections()) {
            if (!survivors.contains(d)) {
                out.add(new LeftOutObject(0, d.label(), d.score(), Reason.DUPLICATE_BOX, duplicateOf(d, kept)));
            }
        }
        for (Detection d : kept.shadows()) {
            out.add(new LeftOutObject(0, d.label(), d.score(), Reason.BELOW_THRESHOLD, String.format(Locale.ROOT,
                    "score %.2f is below the detector's threshold: not an object, only a check that referring "
                            + "expressions pick one %s out", d.score(), d.label())));
        }
        return out;
    }

    /** The detections whose masks were left out, with the mask step's reason. */
    static List<LeftOutObject> withoutMask(List<MaskReport> masks) {
        return masks.stream().filter(r -> !r.kept()).map(r -> new LeftOutObject(r.id(), r.detection().label(),
                r.detection().score(), Reason.NO_MASK, r.leftOutReason())).toList();
    }

    /** {@code leftOut} (ids of {@code detections}, rank + 1) with the scores of their detections. */
    static List<LeftOutObject> scored(List<LeftOutObject> leftOut, Detections detections) {
        List<Detection> found = detections.detections();
        return leftOut.stream().map(l -> l.id() < 1 || l.id() > found.size() ? l
                : new LeftOutObject(l.id(), l.name(), found.get(l.id() - 1).score(), l.reason(), l.detail())).toList();
    }

    private static String duplicateOf(Detection d, Detections kept) {
        List<Detection> found = kept.detections();
        int best = -1;
        double bestIou = 0;
        for (int k = 0; k < found.size(); k++) {
            double iou = d.box().iou(found.get(k).box());
            if (iou > bestIou) {
                bestIou = iou;
                best = k;
            }
        }
        if (best < 0) {
            return "its box repeats a better detection's";
        }
        Detection k = found.get(best);
        return String.format(Locale.ROOT, "its box overlaps #%d (%s, score %.2f) by IoU %.2f (image pixels; a box of "
                + "the same class is dropped from 0.50, of any class from 0.70)", best + 1, k.label(), k.score(), bestIou);
    }
}
