package org.spatiallift.engine.perception.mask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.scene.ObjectLabels;

/**
 * The step every mask source ends with: all box masks painted into one label map where the nearer layer wins overlaps
 * ({@link MaskCompositor}); masks with fewer than {@code minMaskPixels} pixels with depth after the overlaps are left
 * out with a reason, and every left-out detection becomes a warning.
 */
final class MaskAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(MaskAssembly.class);

    private MaskAssembly() {
    }

    /**
     * @param outcomes one per detection, in detection order
     * @param millis   the time spent on each
     */
    static ObjectMasks assemble(MaskInput input, List<Detection> detections, MaskOutcome[] outcomes, double[] millis,
            MaskParameters parameters) {
        List<BoxMask> masks = new ArrayList<>();
        MaskReport[] reports = new MaskReport[detections.size()];
        for (int k = 0; k < detections.size(); k++) {
            Detection d = detections.get(k);
            MaskOutcome outcome = outcomes[k];
            int id = k + 1;
            if (outcome.mask() != null) {
                masks.add(outcome.mask());
                reports[k] = new MaskReport(id, d, outcome.mask().method(), 0, 0, outcome.mask().layer(), millis[k], null);
            } else {
                reports[k] = new MaskReport(id, d, null, 0, 0, null, millis[k], outcome.reason());
            }
        }
        int[] ids = MaskCompositor.compose(masks, input.width(), input.height());
        int[] pixels = new int[detections.size() + 1];
        int[] depthPixels = new int[detections.size() + 1];
        float[] depth = input.depth().metres();
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] != 0) {
                pixels[ids[p]]++;
                if (depth[p] > input.minDepthM() && depth[p] <= input.maxDepthM()) {
                    depthPixels[ids[p]]++;
                }
            }
        }
        int minimum = input.density().minimumPoints(parameters.minMaskPixels());
        boolean[] drop = new boolean[detections.size() + 1];
        Map<Integer, String> names = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < reports.length; k++) {
            MaskReport r = reports[k];
            int id = r.id();
            if (r.kept() && depthPixels[id] < minimum) {
                drop[id] = true;
                r = new MaskReport(id, r.detection(), r.method(), 0, 0, r.layer(), r.millis(), String.format(Locale.ROOT,
                        "only %d of its pixels with depth are not hidden by nearer objects' masks (fewer than %d)",
                        depthPixels[id], minimum));
            } else if (r.kept()) {
                r = new MaskReport(id, r.detection(), r.method(), pixels[id], depthPixels[id], r.layer(), r.millis(), null);
                names.put(id, r.detection().label());
            }
            reports[k] = r;
            if (!r.kept()) {
                String w = String.format(Locale.ROOT, "detection %d (%s, score %.2f, box %s) left out: %s", id,
                        r.detection().label(), r.detection().score(), box(r.detection().box()), r.leftOutReason());
                LOG.info("{}", w);
                warnings.add(w);
            }
        }
        for (int p = 0; p < ids.length; p++) {
            if (drop[ids[p]]) {
                ids[p] = 0;
            }
        }
        ObjectLabels labels = new ObjectLabels(new LabelImage(input.width(), input.height(), ids), names);
        return new ObjectMasks(labels, List.of(reports), warnings);
    }

    private static String box(PixelBox b) {
        return String.format(Locale.ROOT, "[%.0f, %.0f, %.0f, %.0f] px", b.x0(), b.y0(), b.x1(), b.y1());
    }
}
