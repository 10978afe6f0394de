package org.spatiallift.engine.perception.mask;

import java.util.List;

import org.spatiallift.engine.perception.detect.Detection;

/**
 * Masks from boxes with OpenCV GrabCut (Rother, Kolmogorov and Blake 2004) refined by depth. For each detection, in
 * its {@link BoxRegion} (the box plus a margin):
 * <ol>
 *   <li>pixels on the support plane (floor or table top, {@link RegionDepth}) are set aside;</li>
 *   <li>when more than half of the box's central half has no depth, the object is left out: it is transparent,
 *       shiny or very dark, and the depth seen through it belongs to what is behind it — unless the depth is sparse
 *       ({@link org.spatiallift.engine.image.DepthDensity}: a LiDAR scan), where a box is left out only when its
 *       centre has no depth point at all;</li>
 *   <li>GrabCut from the box (GC_INIT_WITH_RECT: outside background, inside probable foreground);</li>
 *   <li>the dominant {@link DepthLayer} of the depths in GrabCut's foreground inside the box (of all depths in the box
 *       when the foreground has fewer than {@code minMaskPixels}), pixels of the box's central half weighted ×3 (the
 *       object is where the detector centred its box), with a half-width of at most
 *       min(maxLayerHalfM, layerShareOfSize · s), s = the box's longer side in metres (pixels · z_mode / f);
 *       allowed pixels = inside the box, and in the layer or without depth;</li>
 *   <li>the mask = GrabCut's foreground ∩ allowed, or the allowed pixels alone ({@link MaskMethod#DEPTH_ONLY}) when
 *       GrabCut dropped more than half of the core (allowed pixels with depth in the box's
 *       central half) — its colour models could not tell the object from its surroundings (a brown bottle against a
 *       panel and its neighbours) — or when the layer continues past less than 15 % of the box
 *       edge ({@link LayerEdges}) and GrabCut dropped more than a tenth of the layer in the
 *       box: there depth alone outlines the object, and GrabCut only cuts parts off an object coloured like its
 *       background (a white armchair's chrome frame against a white wall). A mug on a table keeps GrabCut's cut: the
 *       table top at the mug's depth runs on past the box edges, and GrabCut removes it;</li>
 *   <li>{@link MaskMorphology} clean-up, then ∩ allowed again, so the clean-up never adds a pixel off the layer.</li>
 * </ol>
 * Then all masks are painted into one label map where the nearer layer wins overlaps ({@link MaskAssembly}).
 * Masks with fewer than {@code minMaskPixels} pixels with depth (in sparse depth: at most
 * {@value org.spatiallift.engine.image.DepthDensity#SPARSE_MIN_POINTS}), before or after overlaps, are left out with a
 * reason.
 * Steps 1, 2 and 4–6 are shared with {@link SegmenterMaskSource} ({@link BoxRefiner}). Stateless; OpenCV runs on the
 * calling thread.
 */
public final class GrabCutMaskSource implements MaskSource {

    /** The name reported for masks made this way. */
    public static final String NAME = "grabcut";

    private final BoxRefiner refiner;

    public GrabCutMaskSource(MaskParameters parameters) {
        this.refiner = new BoxRefiner(parameters);
    }

    public static GrabCutMaskSource defaults() {
        return new GrabCutMaskSource(MaskParameters.defaults());
    }

    @Override
    public ObjectMasks masks(MaskInput input, List<Detection> detections) {
        return masks(input, detections, MaskProgress.NONE);
    }

    /** Masks box by box (GrabCut takes a while on each), telling {@code progress} after each. */
    @Override
    public ObjectMasks masks(MaskInput input, List<Detection> detections, MaskProgress progress) {
        OpenCv.load();
        MaskOutcome[] outcomes = new MaskOutcome[detections.size()];
        double[] millis = new double[detections.size()];
        for (int k = 0; k < detections.size(); k++) {
            long t0 = System.nanoTime();
            outcomes[k] = segment(input, detections.get(k), k + 1);
            millis[k] = (System.nanoTime() - t0) / 1e6;
            progress.boxesDone(k + 1, detections.size());
        }
        return MaskAssembly.assemble(input, detections, outcomes, millis, refiner.parameters());
    }

    /** One box's mask with GrabCut. */
    private MaskOutcome segment(MaskInput in, Detection d, int id) {
        BoxRefiner.Prepared prepared = refiner.prepare(in, d);
        if (!prepared.usable()) {
            return MaskOutcome.none(prepared.reason());
        }
        MaskParameters p = refiner.parameters();
        byte[] fg = GrabCut.run(in.color(), prepared.region(), p.iterations(), p.maxRegionSide());
        return refiner.refine(in, d, id, prepared, fg, MaskMethod.GRABCUT_AND_DEPTH);
    }
}
