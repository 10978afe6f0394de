package org.spatiallift.engine.perception.model;

import java.util.Arrays;

/**
 * A named model input or output as the manifest declares it: element type, shape (−1 = dynamic), layout
 * ("NCHW", "NHWC", "HWC", "NHW", "NL", "NLD", …) and, for outputs, what the values mean and their unit.
 * Image inputs also carry how pixels are resized and normalised.
 *
 * @param resize        image inputs: "stretch", "longest_side" (longer side to the size, aspect kept),
 *                      "shorter_side_center_crop" or "keep_aspect_lower_bound" (both sides at least the size, multiples
 *                      of the decoder's "multiple_of", for dynamic height and width); null for other inputs
 * @param normalisation image inputs: pixel → value; null for other inputs
 */
public record TensorSpec(String name, String dtype, long[] shape, String layout, String meaning, String unit,
        String resize, Normalisation normalisation) {

    public TensorSpec {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The dimension named by {@code axis} ('H', 'W', 'C', 'N', 'L', …) in the layout, or −1 if none. */
    public long dim(char axis) {
        if (layout == null) {
            return -1;
        }
        int i = layout.indexOf(axis);
        return i < 0 || i >= shape.length ? -1 : shape[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t && name.equals(t.name) && Arrays.equals(shape, t.shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + (layout == null ? "" : " " + layout);
    }
}
