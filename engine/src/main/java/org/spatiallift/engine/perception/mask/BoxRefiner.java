package org.spatiallift.engine.perception.mask;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.detect.Detection;

/**
 * The per-box steps every mask source shares around its own foreground (GrabCut's or a segmentation model's): the
 * {@link BoxRegion}, the support plane and the box-centre depth check before it ({@link #prepare}); the depth layer,
 * the fallback to depth alone and the clean-up after it ({@link #refine}). See {@link GrabCutMaskSource} for the steps.
 */
final class BoxRefiner {

    private static final Logger LOG = LoggerFactory.getLogger(BoxRefiner.class);
    private static final float CENTRE_WEIGHT = 3f;
    private static final float FOREGROUND_WEIGHT = 2f;
    /** A box whose central half has no depth on more than this share of its pixels is left out. */
    private static final double MAX_CENTRE_WITHOUT_DEPTH = 0.5;
    /** The foreground is used only when it keeps at least this share of the box centre's layer ... */
    private static final double MIN_CORE_KEPT = 0.5;
    /** ... and, for GrabCut, where the layer continues past less than this share of the box edge, ... */
    private static final double MAX_CONTINUED = 0.15;
    /** ... only when it keeps at least this share of the layer in the box. */
    private static final double MIN_KEPT_ISOLATED = 0.9;

    private final MaskParameters parameters;

    BoxRefiner(MaskParameters parameters) {
        this.parameters = parameters;
    }

    MaskParameters parameters() {
        return parameters;
    }

    /** A box's region and its depth, or why the box is left out before any foreground is made. */
    record Prepared(BoxRegion region, RegionDepth depth, String reason) {

        boolean usable() {
            return reason == null;
        }
    }

    Prepared prepare(MaskInput in, Detection d) {
        MaskParameters p = parameters;
        BoxRegion r = BoxRegion.of(d.box(), in.width(), in.height(), p.marginShare(), p.minMarginPx());
        if (r == null) {
            return new Prepared(null, null, "its box covers less than 3x3 pixels of the image");
        }
        RegionDepth depth = RegionDepth.of(in, r, p.supportBandM());
        int centre = 0, centreWithout = 0;
        for (int j = 0; j < r.height(); j++) {
            for (int i = 0; i < r.width(); i++) {
                if (r.inCentre(i, j)) {
                    centre++;
                    centreWithout += depth.kind[j * r.width() + i] == RegionDepth.NONE ? 1 : 0;
                }
            }
        }
        if (in.density().sparse()) {
            if (centreWithout == centre) {
                return new Prepared(r, depth, "the centre of its box has no depth point: the depth is "
                        + in.density().describe() + " and the scan missed it");
            }
            return new Prepared(r, depth, null);
        }
        if (centreWithout > MAX_CENTRE_WITHOUT_DEPTH * centre) {
            return new Prepared(r, depth, String.format(Locale.ROOT, "%.0f %% of the centre of its box has no depth (a "
                    + "transparent, shiny or very dark surface?), so the depth there belongs to what is behind it",
                    100.0 * centreWithout / centre));
        }
        return new Prepared(r, depth, null);
    }

    /**
     * The mask from a foreground {@code fg} (1 = object, per region pixel; null when none could be made) made by
     * {@code method}: cut to the dominant depth layer, or the layer alone ({@link MaskMethod#DEPTH_ONLY}) when the
     * foreground dropped most of the box centre's layer (and, for GrabCut, of an isolated layer), then cleaned up.
     */
    MaskOutcome refine(MaskInput in, Detection d, int id, Prepared prepared, byte[] fg, MaskMethod method) {
        MaskParameters p = parameters;
        BoxRegion r = prepared.region();
        RegionDepth depth = prepared.depth();
        int w = r.width(), h = r.height();
        float[] z = new float[w * h];
        float[] weight = new float[w * h];
        int n = layerSamples(r, depth, fg, z, weight);
        double focal = (in.intrinsics().fx() + in.intrinsics().fy()) / 2;
        int sidePx = Math.max(r.boxWidth(), r.boxHeight());
        DoubleUnaryOperator halfCap =
                mode -> Math.min(p.maxLayerHalfM(), Math.max(p.layerBinM(), p.layerShareOfSize() * sidePx * mode / focal));
        DepthLayer layer = in.density().sparse() ? DepthLayer.findSparse(z, weight, n, p.layerBinM(), p.layerGapM(), halfCap)
                : DepthLayer.find(z, weight, n, p.layerBinM(), p.layerGapM(), halfCap);
        if (layer == null) {
            return MaskOutcome.none("no pixel in its box has depth off the support plane");
        }
        byte[] allowed = new byte[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int t = j * w + i;
                byte kind = depth.kind[t];
                boolean ok = r.inBox(i, j)
                        && (kind == RegionDepth.NONE || kind == RegionDepth.VALID && layer.contains(depth.z[t]));
                allowed[t] = (byte) (ok ? 1 : 0);
            }
        }
        double coreKept = kept(r, depth, allowed, fg, true);
        boolean isolatedCut = method == MaskMethod.GRABCUT_AND_DEPTH && LayerEdges.continued(r, depth, layer) < MAX_CONTINUED
                && kept(r, depth, allowed, fg, false) < MIN_KEPT_ISOLATED;
        if (coreKept < MIN_CORE_KEPT || isolatedCut) {
            LOG.debug("detection {} ({}): the {} foreground kept {} of the box centre's layer (isolated cut: {}); the "
                    + "layer alone makes the mask", id, d.label(), method, coreKept, isolatedCut);
            fg = allowed;
            method = MaskMethod.DEPTH_ONLY;
        }
        byte[] candidate = new byte[w * h];
        for (int t = 0; t < candidate.length; t++) {
            candidate[t] = (byte) (fg[t] & allowed[t]);
        }
        byte[] mask = MaskMorphology.clean(candidate, w, h);
        int withDepth = 0;
        for (int t = 0; t < mask.length; t++) {
            mask[t] &= allowed[t];
            if (mask[t] != 0 && depth.kind[t] == RegionDepth.VALID) {
                withDepth++;
            }
        }
        int minimum = in.density().minimumPoints(p.minMaskPixels());
        if (withDepth < minimum) {
            return MaskOutcome.none(String.format(Locale.ROOT, "its mask has %d pixels with depth in the layer %.2f–%.2f m "
                    + "(fewer than %d%s)", withDepth, layer.nearM(), layer.farM(), minimum,
                    in.density().sparse() ? "; " + in.density().describe() : ""));
        }
        LOG.debug("detection {} ({}): layer {}–{} m (mode {}), {} mask pixels with depth, {}", id, d.label(),
                layer.nearM(), layer.farM(), layer.modeM(), withDepth, method);
        return new MaskOutcome(new BoxMask(id, d.score(), r, mask, layer, method), null);
    }

    /**
     * The depths of the box pixels with depth off the support plane, and their weights: ×{@value #CENTRE_WEIGHT} in
     * the box's central half, ×{@value #FOREGROUND_WEIGHT} in the foreground {@code fg} (when there is one); returns
     * their count.
     */
    private static int layerSamples(BoxRegion r, RegionDepth depth, byte[] fg, float[] z, float[] weight) {
        int n = 0;
        for (int j = 0; j < r.height(); j++) {
            for (int i = 0; i < r.width(); i++) {
                int t = j * r.width() + i;
                if (depth.kind[t] == RegionDepth.VALID && r.inBox(i, j)) {
                    z[n] = depth.z[t];
                    weight[n++] = (r.inCentre(i, j) ? CENTRE_WEIGHT : 1f) * (fg != null && fg[t] != 0 ? FOREGROUND_WEIGHT : 1f);
                }
            }
        }
        return n;
    }

    /**
     * Share of the allowed pixels with depth — in the box's central half only when {@code core} — that the foreground
     * kept (0 when there is none; 1 when there are no such pixels).
     */
    private static double kept(BoxRegion r, RegionDepth depth, byte[] allowed, byte[] fg, boolean core) {
        if (fg == null) {
            return 0;
        }
        int all = 0, kept = 0;
        for (int j = 0; j < r.height(); j++) {
            for (int i = 0; i < r.width(); i++) {
                int t = j * r.width() + i;
                if (allowed[t] != 0 && depth.kind[t] == RegionDepth.VALID && (!core || r.inCentre(i, j))) {
                    all++;
                    kept += fg[t];
                }
            }
        }
        return all == 0 ? 1 : (double) kept / all;
    }
}
