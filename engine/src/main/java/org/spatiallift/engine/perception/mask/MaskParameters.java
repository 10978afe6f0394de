package org.spatiallift.engine.perception.mask;

/**
 * Parameters of {@link GrabCutMaskSource}. Distances in metres, sizes in pixels.
 *
 * @param marginShare       the GrabCut region is the box grown by this share of its longer side on every side
 *                          (at least {@code minMarginPx}), so that GrabCut sees background around the object
 * @param minMarginPx       smallest margin
 * @param iterations        GrabCut iterations (colour-model re-estimation and graph cut rounds)
 * @param maxRegionSide     regions with a longer side are scaled down to it for GrabCut (the mask is scaled back)
 * @param supportBandM      pixels whose 3-D point lies within this height of the support plane (or below it) are
 *                          floor (or table top), never object
 * @param layerBinM         bin width of the depth histogram that finds the dominant layer
 * @param layerGapM         an empty stretch of depth at least this long ends the layer
 * @param maxLayerHalfM     the layer reaches at most this far in front of and behind its mode
 * @param layerShareOfSize  ... and at most this share of the box's larger metric side (box side in pixels · z / f)
 * @param minMaskPixels     masks with fewer pixels with depth are left out
 */
public record MaskParameters(double marginShare, int minMarginPx, int iterations, int maxRegionSide,
                             double supportBandM, double layerBinM, double layerGapM, double maxLayerHalfM,
                             double layerShareOfSize, int minMaskPixels) {

    public MaskParameters {
        if (!(marginShare >= 0) || minMarginPx < 1 || iterations < 1 || maxRegionSide < 16) {
            throw new IllegalArgumentException("mask parameters need marginShare >= 0, minMarginPx >= 1, iterations >= 1 and "
                    + "maxRegionSide >= 16, got " + marginShare + ", " + minMarginPx + ", " + iterations + ", " + maxRegionSide);
        }
        if (!(supportBandM >= 0) || !(layerBinM > 0) || !(layerGapM >= layerBinM) || !(maxLayerHalfM > 0)
                || !(layerShareOfSize > 0) || minMaskPixels < 1) {
            throw new IllegalArgumentException("mask parameters need supportBandM >= 0, layerBinM > 0, layerGapM >= layerBinM, "
                    + "maxLayerHalfM > 0, layerShareOfSize > 0 and minMaskPixels >= 1, got " + supportBandM + ", "
                    + layerBinM + ", " + layerGapM + ", " + maxLayerHalfM + ", " + layerShareOfSize + ", " + minMaskPixels);
        }
    }

    /**
     * Defaults: 10 % margin (at least 8 px), 3 GrabCut iterations on regions of at most 160 px, support band 3 cm,
     * 2 cm depth bins, layers end at a 10 cm gap and reach at most ±0.5 m and ±60 % of the box's metric size,
     * at least 40 pixels.
     */
    public static MaskParameters defaults() {
        return new MaskParameters(0.10, 8, 3, 160, 0.03, 0.02, 0.10, 0.5, 0.6, 40);
    }
}
