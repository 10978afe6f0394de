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
 * Masks from boxes with OpenCV GrabCut (Rother, Kolmogorov and Blake 2004) refined by depth. For each detection, in
 * its {@link BoxRegion} (the box plus a margin):
 * <ol>
 *   <li>pixels on the support plane (floor or table top, {@link RegionDepth}) are set aside;</li>
 *   <li>when more than half of the box's central half has no depth, the object is left out: it is transparent,
 *       shiny or very dark, and the depth seen through it belongs to what is behind it;</li>
 *   <li>GrabCut from the box (GC_INIT_WITH_RECT: outside background, inside probable foreground);</li>
 *   <li>the dominant {@link DepthLayer} of the depths in GrabCut's foreground inside the box (of all depths in the box
 *       when the foreground has fewer than {@code minMaskPixels}), pixels of the box's central half weighted ×3 (the
 *       object is where the detector centred its box), with a half-width of at most
 *       min(maxLayerHalfM, layerShareOfSize · s), s = the box's longer side in metres (pixels · z_mode / f);
 *       allowed pixels = inside the box, and in the layer or without depth;</li>
 *   <li>the mask = GrabCut's foreground ∩ allowed, or the allowed pixels alone ({@link MaskMethod#DEPTH_ONLY}) when
 *       GrabCut dropped more than 1 − {@value #MIN_CORE_KEPT} of the core (allowed pixels with depth in the box's
 *       central half) — its colour models could not tell the object from its surroundings (a brown bottle against a
 *       panel and its neighbours) — or when the layer continues past less than {@value #MAX_CONTINUED} of the box
 *       edge ({@link LayerEdges}) and GrabCut dropped more than 1 − {@value #MIN_KEPT_ISOLATED} of the layer in the
 *       box: there depth alone outlines the object, and GrabCut only cuts parts off an object coloured like its
 *       background (a white armchair's chrome frame against a white wall). A mug on a table keeps GrabCut's cut: the
 *       table top at the mug's depth runs on past the box edges, and GrabCut removes it;</li>
 *   <li>{@link MaskMorphology} clean-up, then ∩ allowed again, so the clean-up never adds a pixel off the layer.</li>
 * </ol>
 * Then all masks are painted into one label map where the nearer layer wins overlaps ({@link MaskCompositor}).
 * Masks with fewer than {@code minMaskPixels} pixels with depth, before or after overlaps, are left out with a reason.
 * Stateless; OpenCV runs on the calling thread.
 */
public final class GrabCutMaskSource implements MaskSource {

    private static final Logger LOG = LoggerFactory.getLogger(GrabCutMaskSource.class);
    private static final float CENTRE_WEIGHT = 3f;
    private static final float FOREGROUND_WEIGHT = 2f;
    /** A box whose central half has no depth on more than this share of its pixels is left out. */
    private static final double MAX_CENTRE_WITHOUT_DEPTH = 0.5;
    /** GrabCut's result is used only when it keeps at least this share of the box centre's layer ... */
    private static final double MIN_CORE_KEPT = 0.5;
    /** ... and, where the layer continues past less than this share of the box edge (depth outlines the object), ... */
    private static final double MAX_CONTINUED = 0.15;
    /** ... only when it keeps at least this share of the layer in the box. */
    private static final double MIN_KEPT_ISOLATED = 0.9;

    private final MaskParameters parameters;

    public GrabCutMaskSource(MaskParameters parameters) {
        this.parameters = parameters;
    }

    public static GrabCutMaskSource defaults() {
        return new GrabCutMaskSource(MaskParameters.defaults());
    }

    @Override
    public ObjectMasks masks(MaskInput input, List<Detection> detections) {
        OpenCv.load();
        List<BoxMask> masks = new ArrayList<>();
        MaskReport[] reports = new MaskReport[detections.size()];
        for (int k = 0; k < detections.size(); k++) {
            Detection d = detections.get(k);
            int id = k + 1;
            long t0 = System.nanoTime();
            Outcome outcome = segment(input, d, id);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (outcome.mask() != null) {
                masks.add(outcome.mask());
                reports[k] = new MaskReport(id, d, outcome.mask().method(), 0, 0, outcome.mask().layer(), ms, null);
            } else {
                reports[k] = new MaskReport(id, d, null, 0, 0, null, ms, outcome.reason());
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
        boolean[] drop = new boolean[detections.size() + 1];
        Map<Integer, String> names = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < reports.length; k++) {
            MaskReport r = reports[k];
            int id = r.id();
            if (r.kept() && depthPixels[id] < parameters.minMaskPixels()) {
                drop[id] = true;
                r = new MaskReport(id, r.detection(), r.method(), 0, 0, r.layer(), r.millis(), String.format(Locale.ROOT,
                        "only %d of its pixels with depth are not hidden by nearer objects' masks (fewer than %d)",
                        depthPixels[id], parameters.minMaskPixels()));
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

    /** A box's mask, or why it has none. */
    private record Outcome(BoxMask mask, String reason) {

        static Outcome none(String reason) {
            return new Outcome(null, reason);
        }
    }

    private Outcome segment(MaskInput in, Detection d, int id) {
        MaskParameters p = parameters;
        BoxRegion r = BoxRegion.of(d.box(), in.width(), in.height(), p.marginShare(), p.minMarginPx());
        if (r == null) {
            return Outcome.none("its box covers less than 3x3 pixels of the image");
        }
        RegionDepth depth = RegionDepth.of(in, r, p.supportBandM());
        int w = r.width(), h = r.height();
        int centre = 0, centreWithout = 0;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                if (r.inCentre(i, j)) {
                    centre++;
                    centreWithout += depth.kind[j * w + i] == RegionDepth.NONE ? 1 : 0;
                }
            }
        }
        if (centreWithout > MAX_CENTRE_WITHOUT_DEPTH * centre) {
            return Outcome.none(String.format(Locale.ROOT, "%.0f %% of the centre of its box has no depth (a transparent, "
                    + "shiny or very dark surface?), so the depth there belongs to what is behind it",
                    100.0 * centreWithout / centre));
        }
        byte[] fg = GrabCut.run(in.color(), r, p.iterations(), p.maxRegionSide());
        float[] z = new float[w * h];
        float[] weight = new float[w * h];
        int n = layerSamples(r, depth, fg, z, weight);
        double focal = (in.intrinsics().fx() + in.intrinsics().fy()) / 2;
        int sidePx = Math.max(r.boxWidth(), r.boxHeight());
        DepthLayer layer = DepthLayer.find(z, weight, n, p.layerBinM(), p.layerGapM(),
                mode -> Math.min(p.maxLayerHalfM(), Math.max(p.layerBinM(), p.layerShareOfSize() * sidePx * mode / focal)));
        if (layer == null) {
            return Outcome.none("no pixel in its box has depth off the support plane");
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
        MaskMethod method = MaskMethod.GRABCUT_AND_DEPTH;
        double coreKept = kept(r, depth, allowed, fg, true);
        double continued = LayerEdges.continued(r, depth, layer);
        if (coreKept < MIN_CORE_KEPT
                || continued < MAX_CONTINUED && kept(r, depth, allowed, fg, false) < MIN_KEPT_ISOLATED) {
            LOG.debug("detection {} ({}): GrabCut kept {} of the box centre's layer, the layer continues past {} of the "
                    + "box edge: the layer alone makes the mask", id, d.label(), coreKept, continued);
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
        if (withDepth < p.minMaskPixels()) {
            return Outcome.none(String.format(Locale.ROOT, "its mask has %d pixels with depth in the layer %.2f–%.2f m (fewer than %d)",
                    withDepth, layer.nearM(), layer.farM(), p.minMaskPixels()));
        }
        LOG.debug("detection {} ({}): layer {}–{} m (mode {}), {} mask pixels with depth", id, d.label(),
                layer.nearM(), layer.farM(), layer.modeM(), withDepth);
        return new Outcome(new BoxMask(id, d.score(), r, mask, layer, method), null);
    }

    /**
     * The depths of the box pixels with depth off the support plane, and their weights: ×{@value #CENTRE_WEIGHT} in
     * the box's central half, ×{@value #FOREGROUND_WEIGHT} in GrabCut's foreground {@code fg} (when it ran); returns
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
     * Share of the allowed pixels with depth — in the box's central half only when {@code core} — that GrabCut kept
     * (0 when GrabCut could not run; 1 when there are none).
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

    private static String box(PixelBox b) {
        return String.format(Locale.ROOT, "[%.0f, %.0f, %.0f, %.0f] px", b.x0(), b.y0(), b.x1(), b.y1());
    }
}
