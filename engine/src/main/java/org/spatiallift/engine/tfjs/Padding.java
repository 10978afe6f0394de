package org.spatiallift.engine.tfjs;

/**
 * Spatial padding of a TF convolution or pooling along one axis, and the output size.
 * SAME: out = ⌈in / s⌉, total = max((out − 1)·s + (k − 1)·d + 1 − in, 0), before = ⌊total / 2⌋, after = total − before
 * (the extra pixel goes after, like ONNX SAME_UPPER). VALID: out = ⌈(in − (k − 1)·d) / s⌉, no padding.
 */
record Padding(long before, long after, long out) {

    static Padding of(String mode, long in, long kernel, long stride, long dilation) throws TfjsConversionException {
        long effective = (kernel - 1) * dilation + 1;
        switch (mode) {
            case "SAME" -> {
                long out = (in + stride - 1) / stride;
                long total = Math.max((out - 1) * stride + effective - in, 0);
                return new Padding(total / 2, total - total / 2, out);
            }
            case "VALID" -> {
                long out = (in - effective + stride) / stride;
                return new Padding(0, 0, out);
            }
            default -> throw new TfjsConversionException("padding " + mode + " is not supported (only SAME and VALID)");
        }
    }
}
