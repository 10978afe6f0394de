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
 *   <li>the dominant {@link DepthLayer} of the remaining depths inside the box, pixels of the box's central half
 *       weighted ×3 (the object is where the detector centred its box), with a half-width of at most
 *       min(maxLayerHalfM, layerShareOfSize · s), s = the box's longer side in metres (pixels · z_mode / f);
 *       allowed pixels = inside the box, and in the layer or without depth;</li>
 *   <li>GrabCut from the box (GC_INIT_WITH_RECT: outside background, inside probable foreground), or with
 *       {@code depthSeeded} from box and depth (support and off-layer pixels definite background);</li>
 *   <li>the mask = GrabCut's foreground ∩ allowed — unless GrabCut kept less than {@value #MIN_CORE_KEPT} of the
 *       core (allowed pixels with depth in the box's central half): then its colour models could not tell the object
 *       from its surroundings (a brown bottle against a panel and its neighbours), and the allowed pixels alone make
 *       the mask ({@link MaskMethod#DEPTH_ONLY});</li>
 *   <li>{@link MaskMorphology} clean-up, then ∩ allowed again, so the clean-up never adds a pixel off the layer.</li>
 * </ol>
 * Then all masks are painted into one label map where the nearer layer wins overlaps ({@link MaskCompositor}).
 * Masks with fewer than {@code minMaskPixels} pixels with depth, before or after overlaps, are left out with a reason.
 * Stateless; OpenCV runs on the calling thread.
 */
public final class GrabCutMaskSource implements MaskSource {

    private static final Logger LOG = LoggerFactory.getLogger(GrabCutMaskSource.class);
    private static final float CENTRE_WEIGHT = 3f;
    /** A box whose central half has no depth on more than this share of its pixels is left out. */
    private static final double MAX_CENTRE_WITHOUT_DEPTH = 0.5;
    /** GrabCut's result is used only when it keeps at least this share of the box centre's layer. */
    private static final double MIN_CORE_KEPT = 0.3;

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
        float[] z = new float[w * h];
        float[] weight = new float[w * h];
        int n = 0, centre = 0, centreWithout = 0;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int t = j * w + i;
                boolean inCentre = r.inCentre(i, j);
                if (inCentre) {
                    centre++;
                    centreWithout += depth.kind[t] == RegionDepth.NONE ? 1 : 0;
                }
                if (depth.kind[t] == RegionDepth.VALID && r.inBox(i, j)) {
                    z[n] = depth.z[t];
                    weight[n++] = inCentre ? CENTRE_WEIGHT : 1f;
                }
            }
        }
        if (centreWithout > MAX_CENTRE_WITHOUT_DEPTH * centre) {
            return Outcome.none(String.format(Locale.ROOT, "%.0f %% of the centre of its box has no depth (a transparent, "
                    + "shiny or very dark surface?), so the depth there belongs to what is behind it",
                    100.0 * centreWithout / centre));
        }
        double focal = (in.intrinsics().fx() + in.intrinsics().fy()) / 2;
        int sidePx = Math.max(r.boxWidth(), r.boxHeight());
        DepthLayer layer = DepthLayer.find(z, weight, n, p.layerBinM(), p.layerGapM(),
                mode -> Math.min(p.maxLayerHalfM(), Math.max(p.layerBinM(), p.layerShareOfSize() * sidePx * mode / focal)));
        if (layer == null) {
            return Outcome.none("no pixel in its box has depth off the support plane");
        }
        byte[] allowed = new byte[w * h];
        byte[] seeds = new byte[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int t = j * w + i;
                byte kind = depth.kind[t];
                boolean ok = r.inBox(i, j)
                        && (kind == RegionDepth.NONE || kind == RegionDepth.VALID && layer.contains(depth.z[t]));
                allowed[t] = (byte) (ok ? 1 : 0);
                seeds[t] = ok ? GrabCut.PR_FGD : GrabCut.BGD;
            }
        }
        byte[] fg = GrabCut.run(in.color(), r, p.depthSeeded() ? seeds : null, p.iterations(), p.maxRegionSide());
        MaskMethod method = MaskMethod.GRABCUT_AND_DEPTH;
        double coreKept = coreKept(r, depth, allowed, fg);
        if (coreKept < MIN_CORE_KEPT) {
            LOG.debug("detection {} ({}): GrabCut kept {} of the box centre's layer, the layer alone makes the mask", id,
                    d.label(), coreKept);
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
     * Share of the core — pixels with depth in the layer in the central half of the box — that GrabCut kept
     * (0 when GrabCut could not run; 1 when there is no core).
     */
    private static double coreKept(BoxRegion r, RegionDepth depth, byte[] allowed, byte[] fg) {
        if (fg == null) {
            return 0;
        }
        int core = 0, kept = 0;
        for (int j = 0; j < r.height(); j++) {
            for (int i = 0; i < r.width(); i++) {
                int t = j * r.width() + i;
                if (allowed[t] != 0 && depth.kind[t] == RegionDepth.VALID && r.inCentre(i, j)) {
                    core++;
                    kept += fg[t];
                }
            }
        }
        return core == 0 ? 1 : (double) kept / core;
    }

    private static String box(PixelBox b) {
        return String.format(Locale.ROOT, "[%.0f, %.0f, %.0f, %.0f] px", b.x0(), b.y0(), b.x1(), b.y1());
    }
}
