package org.spatiallift.engine.perception.mask;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.detect.Detection;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.segment.BoxSegmenter;
import org.spatiallift.engine.perception.segment.ObjectMask;
import org.spatiallift.engine.perception.segment.Segmentation;

/**
 * Masks from boxes with a box-prompted segmentation model ({@link BoxSegmenter}, e.g. MobileSAM) refined by depth the
 * same way as GrabCut's ({@link BoxRefiner}): boxes whose region is too small or whose centre has no depth are left
 * out first; the model then runs once on the image (encoder) and once per remaining box (decoder), its mask in image
 * pixels is cut to the box region and becomes the foreground ({@link MaskMethod#MODEL}); the dominant depth layer
 * inside it, the depth-only fallback when the model's mask misses more than half of the box centre's layer, and the
 * clean-up follow as for GrabCut, then the nearer layer wins overlaps ({@link MaskAssembly}).
 *
 * <p>When the model fails on a frame the masks come from GrabCut, with a warning naming the model and the error. The
 * segmenter is not closed here (its owner closes it); like it, this class is not thread-safe.
 */
public final class SegmenterMaskSource implements MaskSource {

    private static final Logger LOG = LoggerFactory.getLogger(SegmenterMaskSource.class);

    private final BoxSegmenter segmenter;
    private final BoxRefiner refiner;
    private final GrabCutMaskSource fallback;

    public SegmenterMaskSource(BoxSegmenter segmenter, MaskParameters parameters) {
        this.segmenter = segmenter;
        this.refiner = new BoxRefiner(parameters);
        this.fallback = new GrabCutMaskSource(parameters);
    }

    /** The segmentation model's id. */
    public String name() {
        return segmenter.manifest().id();
    }

    @Override
    public ObjectMasks masks(MaskInput input, List<Detection> detections) {
        OpenCv.load();
        int n = detections.size();
        MaskOutcome[] outcomes = new MaskOutcome[n];
        double[] millis = new double[n];
        BoxRefiner.Prepared[] prepared = new BoxRefiner.Prepared[n];
        List<PixelBox> prompts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long t0 = System.nanoTime();
            prepared[k] = refiner.prepare(input, detections.get(k));
            if (prepared[k].usable()) {
                prompts.add(detections.get(k).box());
            } else {
                outcomes[k] = MaskOutcome.none(prepared[k].reason());
            }
            millis[k] = (System.nanoTime() - t0) / 1e6;
        }
        Segmentation segmentation;
        try {
            segmentation = prompts.isEmpty() ? null : segmenter.segment(input.color(), prompts);
        } catch (ModelException e) {
            LOG.warn("box segmenter {} failed; masks from GrabCut instead: {}", name(), e.getMessage());
            ObjectMasks g = fallback.masks(input, detections);
            List<String> warnings = new ArrayList<>(g.warnings());
            warnings.add(0, "box segmenter " + name() + " failed (" + e.getMessage() + "): the masks come from GrabCut");
            return new ObjectMasks(g.labels(), g.reports(), warnings, null);
        }
        double modelShareMs = segmentation == null ? 0 : segmentation.timings().totalMs() / prompts.size();
        int next = 0;
        for (int k = 0; k < n; k++) {
            if (outcomes[k] != null) {
                continue;
            }
            long t0 = System.nanoTime();
            ObjectMask mask = segmentation.masks().get(next++);
            byte[] fg = crop(mask, prepared[k].region());
            outcomes[k] = refiner.refine(input, detections.get(k), k + 1, prepared[k], fg, MaskMethod.MODEL);
            millis[k] += modelShareMs + (System.nanoTime() - t0) / 1e6;
        }
        ObjectMasks m = MaskAssembly.assemble(input, detections, outcomes, millis, refiner.parameters());
        return new ObjectMasks(m.labels(), m.reports(), m.warnings(), segmenter.provenance());
    }

    /** The model's mask over the box region, as 1 = object per region pixel. */
    private static byte[] crop(ObjectMask mask, BoxRegion r) {
        byte[] fg = new byte[r.width() * r.height()];
        for (int j = 0; j < r.height(); j++) {
            for (int i = 0; i < r.width(); i++) {
                fg[j * r.width() + i] = (byte) (mask.at(r.x0() + i, r.y0() + j) ? 1 : 0);
            }
        }
        return fg;
    }
}
