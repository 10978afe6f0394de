package org.spatiallift.engine.tfjs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spatiallift.engine.onnx.OnnxAttribute;

/**
 * Ops that move or combine tensors: Mean (keep_dims) → ReduceMean, ConcatV2 → Concat, ResizeBilinear → Resize
 * (linear), MaxPool → MaxPool, Reshape → Reshape, Transpose → Transpose. 4-D image ops run channels-first with the
 * axes mapped by {@link Layout#nchwAxis}; shape-changing ops run in TF layout.
 */
final class TensorConverter {

    private TensorConverter() {
    }

    /** Mean over constant axes; opset 17 takes the axes as an attribute. */
    static TfValue mean(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.value(node.dataInputs().get(0));
        long[] axes = normaliseAxes(ctx.constant(node.dataInputs().get(1), node.name() + " axes").asLongs(), x.rank());
        boolean keep = node.bool("keep_dims", false);
        long[] shape = x.tfShape();
        List<Long> outShape = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            boolean reduced = contains(axes, i);
            if (!reduced || keep) {
                outShape.add(reduced ? 1 : shape[i]);
            }
        }
        long[] out = outShape.stream().mapToLong(Long::longValue).toArray();
        if (x.layout() == Layout.NCHW && keep) {
            long[] mapped = new long[axes.length];
            for (int i = 0; i < axes.length; i++) {
                mapped[i] = Layout.nchwAxis((int) axes[i]);
            }
            Arrays.sort(mapped);
            String y = ctx.builder().op("ReduceMean", List.of(x.onnxName()), OnnxAttribute.ints("axes", mapped),
                    OnnxAttribute.of("keepdims", 1L));
            return new TfValue(y, Layout.NCHW, out, x.type(), null);
        }
        String y = ctx.builder().op("ReduceMean", List.of(ctx.materialise(ctx.tf(x))), OnnxAttribute.ints("axes", axes),
                OnnxAttribute.of("keepdims", keep ? 1L : 0L));
        return new TfValue(y, Layout.TF, out, x.type(), null);
    }

    /** ConcatV2(x1 … xN, axis): channels-first when every part is a computed 4-D tensor. */
    static TfValue concat(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        List<String> in = node.dataInputs();
        List<TfValue> parts = new ArrayList<>();
        for (String ref : in.subList(0, in.size() - 1)) {
            parts.add(ctx.value(ref));
        }
        int rank = parts.get(0).rank();
        int axis = (int) normaliseAxes(ctx.constant(in.get(in.size() - 1), node.name() + " axis").asLongs(), rank)[0];
        boolean channelsFirst = rank == 4 && parts.stream().allMatch(p -> !p.isConstant() && p.rank() == 4)
                && parts.stream().anyMatch(p -> p.layout() == Layout.NCHW);
        long[] shape = parts.get(0).tfShape();
        shape[axis] = 0;
        List<String> names = new ArrayList<>();
        for (TfValue p : parts) {
            shape[axis] += p.tfShape()[axis];
            names.add(channelsFirst ? ctx.nchw(p).onnxName() : ctx.materialise(ctx.tf(p)));
        }
        String y = ctx.builder().op("Concat", names,
                OnnxAttribute.of("axis", (long) (channelsFirst ? Layout.nchwAxis(axis) : axis)));
        return new TfValue(y, channelsFirst ? Layout.NCHW : Layout.TF, shape, parts.get(0).type(), null);
    }

    /**
     * ResizeBilinear(images, size): the source coordinate of output pixel x is x·in/out ("asymmetric", TF's default),
     * (x + ½)·in/out − ½ with half_pixel_centers ("half_pixel"), or x·(in − 1)/(out − 1) with align_corners.
     */
    static TfValue resizeBilinear(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.nchw(ctx.value(node.dataInputs().get(0)));
        long[] size = ctx.constant(node.dataInputs().get(1), node.name() + " size").asLongs();
        long[] s = x.tfShape();
        String mode = node.bool("align_corners", false) ? "align_corners"
                : node.bool("half_pixel_centers", false) ? "half_pixel" : "asymmetric";
        String sizes = ctx.int64s(node.name() + "/sizes", s[0], s[3], size[0], size[1]);
        String y = ctx.builder().op("Resize", List.of(x.onnxName(), "", "", sizes), OnnxAttribute.of("mode", "linear"),
                OnnxAttribute.of("coordinate_transformation_mode", mode));
        return new TfValue(y, Layout.NCHW, new long[] {s[0], size[0], size[1], s[3]}, x.type(), null);
    }

    /** MaxPool with ksize and strides [1, kh, kw, 1]; SAME padding pads with −∞ in effect, in both frameworks. */
    static TfValue maxPool(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.nchw(ctx.value(node.dataInputs().get(0)));
        long[] k = node.ints("ksize");
        long[] st = node.ints("strides");
        long[] s = x.tfShape();
        String mode = node.string("padding", "VALID");
        Padding ph = Padding.of(mode, s[1], k[1], st[1], 1);
        Padding pw = Padding.of(mode, s[2], k[2], st[2], 1);
        String y = ctx.builder().op("MaxPool", List.of(x.onnxName()), OnnxAttribute.ints("kernel_shape", k[1], k[2]),
                OnnxAttribute.ints("strides", st[1], st[2]),
                OnnxAttribute.ints("pads", ph.before(), pw.before(), ph.after(), pw.after()));
        return new TfValue(y, Layout.NCHW, new long[] {s[0], ph.out(), pw.out(), s[3]}, x.type(), null);
    }

    /** Reshape(x, shape) in TF layout; one −1 is inferred from the element count. */
    static TfValue reshape(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.tf(ctx.value(node.dataInputs().get(0)));
        long[] target = ctx.constant(node.dataInputs().get(1), node.name() + " shape").asLongs();
        long total = TfjsWeight.elementCount(x.tfShape());
        long known = 1;
        int unknown = -1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                unknown = i;
            } else {
                known *= target[i];
            }
        }
        long[] shape = target.clone();
        if (unknown >= 0) {
            shape[unknown] = total / known;
        }
        String y = ctx.builder().op("Reshape", List.of(ctx.materialise(x), ctx.int64s(node.name() + "/shape", shape)));
        return new TfValue(y, Layout.TF, shape, x.type(), null);
    }

    /** Transpose(x, perm) in TF layout. */
    static TfValue transpose(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.tf(ctx.value(node.dataInputs().get(0)));
        long[] perm = ctx.constant(node.dataInputs().get(1), node.name() + " perm").asLongs();
        long[] s = x.tfShape();
        long[] shape = new long[perm.length];
        for (int i = 0; i < perm.length; i++) {
            shape[i] = s[(int) perm[i]];
        }
        String y = ctx.builder().op("Transpose", List.of(ctx.materialise(x)), OnnxAttribute.ints("perm", perm));
        return new TfValue(y, Layout.TF, shape, x.type(), null);
    }

    static long[] normaliseAxes(long[] axes, int rank) {
        long[] out = new long[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = axes[i] < 0 ? axes[i] + rank : axes[i];
        }
        return out;
    }

    private static boolean contains(long[] a, long v) {
        for (long x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
