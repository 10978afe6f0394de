package org.spatiallift.engine.tfjs;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxTensor;

/**
 * Convolutions: {@code Conv2D}, {@code DepthwiseConv2dNative}, and Grappler's fused forms {@code _FusedConv2D} and
 * {@code FusedDepthwiseConv2dNative} with {@code fused_ops} BiasAdd [+ Relu | Relu6]. Each becomes one ONNX
 * {@code Conv} in NCHW (+ Relu or Clip(0, 6)).
 * <ul>
 * <li>Conv2D kernel [kh, kw, ci, co] → ONNX W[co][ci][kh][kw] = K[kh][kw][ci][co].</li>
 * <li>Depthwise kernel [kh, kw, ci, m] → W[c·m + j][0][kh][kw] = K[kh][kw][c][j], group = ci (output channel c·m + j
 * in both frameworks).</li>
 * <li>Padding per {@link Padding}; dilations and strides from the NHWC attribute lists.</li>
 * </ul>
 */
final class ConvConverter {

    private ConvConverter() {
    }

    static TfValue convert(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        List<String> in = node.dataInputs();
        if (!"NHWC".equals(node.string("data_format", "NHWC"))) {
            throw new TfjsConversionException(node.name() + " (" + node.op() + "): data_format "
                    + node.string("data_format", "") + " is not supported (only NHWC)");
        }
        boolean depthwise = node.op().contains("Depthwise");
        TfValue x = ctx.nchw(ctx.value(in.get(0)));
        TfjsWeight k = ctx.constant(in.get(1), node.name() + " kernel");
        long[] ks = k.shape();
        long[] xs = x.tfShape();
        List<String> fused = node.strings("fused_ops");
        String activation = activation(node, fused);
        String bias = null;
        if (!fused.isEmpty()) {
            if (!"BiasAdd".equals(fused.get(0)) || node.integer("num_args", 1) != 1) {
                throw new TfjsConversionException(node.name() + " (" + node.op() + "): fused_ops " + fused
                        + " are not supported (only BiasAdd, optionally followed by Relu or Relu6)");
            }
            TfjsWeight b = ctx.constant(in.get(2), node.name() + " bias");
            bias = ctx.builder().initializer(OnnxTensor.floats(ctx.builder().fresh(node.name() + "/bias"),
                    b.shape(), b.floats()));
        }
        long[] strides = node.ints("strides");
        long[] dil = node.ints("dilations");
        long sh = strides.length == 4 ? strides[1] : 1;
        long sw = strides.length == 4 ? strides[2] : 1;
        long dh = dil.length == 4 ? dil[1] : 1;
        long dw = dil.length == 4 ? dil[2] : 1;
        String mode = node.string("padding", "VALID");
        long[] pads;
        long outH;
        long outW;
        if ("EXPLICIT".equals(mode)) {
            long[] e = node.ints("explicit_paddings");
            pads = new long[] {e[2], e[4], e[3], e[5]};
            outH = (xs[1] + e[2] + e[3] - ((ks[0] - 1) * dh + 1)) / sh + 1;
            outW = (xs[2] + e[4] + e[5] - ((ks[1] - 1) * dw + 1)) / sw + 1;
        } else {
            Padding ph = Padding.of(mode, xs[1], ks[0], sh, dh);
            Padding pw = Padding.of(mode, xs[2], ks[1], sw, dw);
            pads = new long[] {ph.before(), pw.before(), ph.after(), pw.after()};
            outH = ph.out();
            outW = pw.out();
        }
        long outC = depthwise ? ks[2] * ks[3] : ks[3];
        String w = ctx.builder().initializer(depthwise ? depthwiseKernel(ctx, node, k) : convKernel(ctx, node, k));
        List<String> inputs = new ArrayList<>(List.of(x.onnxName(), w));
        if (bias != null) {
            inputs.add(bias);
        }
        String y = ctx.builder().op("Conv", inputs,
                OnnxAttribute.ints("kernel_shape", ks[0], ks[1]),
                OnnxAttribute.ints("strides", sh, sw),
                OnnxAttribute.ints("dilations", dh, dw),
                OnnxAttribute.ints("pads", pads),
                OnnxAttribute.of("group", depthwise ? ks[2] : 1L));
        y = UnaryConverter.activate(ctx, activation, y);
        return new TfValue(y, Layout.NCHW, new long[] {xs[0], outH, outW, outC}, OnnxDataType.FLOAT, null);
    }

    private static String activation(TfjsNode node, List<String> fused) throws TfjsConversionException {
        if (fused.size() <= 1) {
            return null;
        }
        String a = fused.get(1);
        if (fused.size() > 2 || !(a.equals("Relu") || a.equals("Relu6"))) {
            throw new TfjsConversionException(node.name() + " (" + node.op() + "): fused activation " + fused.subList(1, fused.size())
                    + " is not supported (only Relu and Relu6)");
        }
        return a;
    }

    private static OnnxTensor convKernel(ConversionContext ctx, TfjsNode node, TfjsWeight k) {
        long[] s = k.shape();
        int kh = (int) s[0];
        int kw = (int) s[1];
        int ci = (int) s[2];
        int co = (int) s[3];
        float[] src = k.floats();
        float[] dst = new float[src.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < ci; i++) {
                    for (int o = 0; o < co; o++) {
                        dst[((o * ci + i) * kh + y) * kw + x] = src[((y * kw + x) * ci + i) * co + o];
                    }
                }
            }
        }
        return OnnxTensor.floats(ctx.builder().fresh(node.name() + "/W"), new long[] {co, ci, kh, kw}, dst);
    }

    private static OnnxTensor depthwiseKernel(ConversionContext ctx, TfjsNode node, TfjsWeight k) {
        long[] s = k.shape();
        int kh = (int) s[0];
        int kw = (int) s[1];
        int ci = (int) s[2];
        int m = (int) s[3];
        float[] src = k.floats();
        float[] dst = new float[src.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int c = 0; c < ci; c++) {
                    for (int j = 0; j < m; j++) {
                        dst[((c * m + j) * kh + y) * kw + x] = src[((y * kw + x) * ci + c) * m + j];
                    }
                }
            }
        }
        return OnnxTensor.floats(ctx.builder().fresh(node.name() + "/W"), new long[] {(long) ci * m, 1, kh, kw}, dst);
    }
}
