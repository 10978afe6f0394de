package org.spatiallift.engine.tfjs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxTensor;

/**
 * Element-wise binary ops with NumPy broadcasting: Add/AddV2 → Add, Sub, Mul, RealDiv/Div → Div, Maximum → Max,
 * Minimum → Min, Equal → Equal (bool). When either operand is channels-first, the op runs channels-first: a 4-D operand is re-laid out, a
 * constant of rank r ≤ 4 is padded on the left to rank 4 (in NHWC) and its data permuted to NCHW, a scalar stays a
 * scalar; otherwise the op runs in TF layout.
 */
final class BinaryConverter {

    static final Map<String, String> OPS = Map.of("Add", "Add", "AddV2", "Add", "Sub", "Sub", "Mul", "Mul",
            "RealDiv", "Div", "Div", "Div", "Maximum", "Max", "Minimum", "Min", "Equal", "Equal");

    private BinaryConverter() {
    }

    static TfValue convert(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue a = ctx.value(node.dataInputs().get(0));
        TfValue b = ctx.value(node.dataInputs().get(1));
        long[] shape = broadcast(node, a.tfShape(), b.tfShape());
        boolean channelsFirst = (a.layout() == Layout.NCHW || b.layout() == Layout.NCHW) && shape.length == 4
                && fitsChannelsFirst(a) && fitsChannelsFirst(b);
        String x;
        String y;
        if (channelsFirst) {
            x = channelsFirst(ctx, a);
            y = channelsFirst(ctx, b);
        } else {
            x = ctx.materialise(ctx.tf(a));
            y = ctx.materialise(ctx.tf(b));
        }
        String out = ctx.builder().op(OPS.get(node.op()), List.of(x, y));
        OnnxDataType type = node.op().equals("Equal") ? OnnxDataType.BOOL : a.type();
        return new TfValue(out, channelsFirst ? Layout.NCHW : Layout.TF, shape, type, null);
    }

    private static boolean fitsChannelsFirst(TfValue v) {
        return v.rank() == 4 && !v.isConstant() || v.isConstant() && v.rank() <= 4 && (v.rank() == 0 || v.constant().isFloat());
    }

    private static String channelsFirst(ConversionContext ctx, TfValue v) throws TfjsConversionException {
        if (v.rank() == 4 && !v.isConstant()) {
            return ctx.nchw(v).onnxName();
        }
        if (v.rank() == 0) {
            return ctx.materialise(v);
        }
        TfjsWeight c = v.constant();
        long[] s = new long[4];
        long[] cs = c.shape();
        for (int i = 0; i < 4; i++) {
            int j = i - (4 - cs.length);
            s[i] = j >= 0 ? cs[j] : 1;
        }
        int n = (int) s[0];
        int h = (int) s[1];
        int w = (int) s[2];
        int ch = (int) s[3];
        float[] src = c.floats();
        float[] dst = new float[src.length];
        for (int i = 0; i < n; i++) {
            for (int yy = 0; yy < h; yy++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int k = 0; k < ch; k++) {
                        dst[((i * ch + k) * h + yy) * w + xx] = src[((i * h + yy) * w + xx) * ch + k];
                    }
                }
            }
        }
        return ctx.builder().initializer(OnnxTensor.floats(ctx.builder().fresh(v.onnxName() + "/nchw"),
                new long[] {n, ch, h, w}, dst));
    }

    /** The NumPy broadcast of two shapes (aligned on the right; each pair equal or one of them 1). */
    static long[] broadcast(TfjsNode node, long[] a, long[] b) throws TfjsConversionException {
        int r = Math.max(a.length, b.length);
        long[] out = new long[r];
        for (int i = 0; i < r; i++) {
            long da = i - (r - a.length) >= 0 ? a[i - (r - a.length)] : 1;
            long db = i - (r - b.length) >= 0 ? b[i - (r - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new TfjsConversionException(node.name() + " (" + node.op() + "): shapes "
                        + Arrays.toString(a) + " and " + Arrays.toString(b) + " do not broadcast");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }
}
