package org.spatiallift.engine.tfjs;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;

/**
 * Ops that select or index, in TF layout:
 * <ul>
 * <li>TopKV2(x, k) → TopK(axis −1, largest, sorted); equal values keep the lower index first in both; the indices
 * (int64 in ONNX) are cast to TF's int32. Output 0 is the values, output 1 ("name:1") the indices.</li>
 * <li>ExpandDims(x, axis) → Unsqueeze.</li>
 * <li>GatherV2(params, indices, axis), batch_dims 0 → Gather.</li>
 * <li>StridedSlice(x, begin, end, strides) with begin_mask, end_mask and shrink_axis_mask → Slice (+ Squeeze);
 * ellipsis_mask and new_axis_mask are refused.</li>
 * </ul>
 */
final class IndexConverter {

    private IndexConverter() {
    }

    /** Converts TopKV2 and registers both outputs; returns the values. */
    static TfValue topK(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.tf(ctx.value(node.dataInputs().get(0)));
        long k = ctx.constant(node.dataInputs().get(1), node.name() + " k").asLongs()[0];
        if (!node.bool("sorted", true)) {
            throw new TfjsConversionException(node.name() + " (TopKV2): only sorted=true is supported");
        }
        String values = ctx.builder().fresh(node.name() + "/values");
        String indices64 = ctx.builder().fresh(node.name() + "/indices64");
        ctx.builder().node("TopK", List.of(ctx.materialise(x), ctx.int64s(node.name() + "/k", k)), List.of(values, indices64),
                OnnxAttribute.of("axis", -1L), OnnxAttribute.of("largest", 1L), OnnxAttribute.of("sorted", 1L));
        long[] shape = x.tfShape();
        shape[shape.length - 1] = k;
        String indices = ctx.builder().op("Cast", List.of(indices64), OnnxAttribute.of("to", (long) OnnxDataType.INT32.code()));
        ctx.put(node.name() + ":1", new TfValue(indices, Layout.TF, shape, OnnxDataType.INT32, null));
        return new TfValue(values, Layout.TF, shape, x.type(), null);
    }

    static TfValue expandDims(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.tf(ctx.value(node.dataInputs().get(0)));
        long axis = ctx.constant(node.dataInputs().get(1), node.name() + " axis").asLongs()[0];
        int rank = x.rank() + 1;
        int a = (int) (axis < 0 ? axis + rank : axis);
        long[] shape = new long[rank];
        long[] in = x.tfShape();
        for (int i = 0, j = 0; i < rank; i++) {
            shape[i] = i == a ? 1 : in[j++];
        }
        String y = ctx.builder().op("Unsqueeze", List.of(ctx.materialise(x), ctx.int64s(node.name() + "/axes", a)));
        return new TfValue(y, Layout.TF, shape, x.type(), null);
    }

    static TfValue gather(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        if (node.integer("batch_dims", 0) != 0) {
            throw new TfjsConversionException(node.name() + " (GatherV2): only batch_dims 0 is supported");
        }
        TfValue params = ctx.tf(ctx.value(node.dataInputs().get(0)));
        TfValue indices = ctx.tf(ctx.value(node.dataInputs().get(1)));
        long axis = ctx.constant(node.dataInputs().get(2), node.name() + " axis").asLongs()[0];
        int a = (int) (axis < 0 ? axis + params.rank() : axis);
        List<Long> shape = new ArrayList<>();
        long[] p = params.tfShape();
        for (int i = 0; i < a; i++) {
            shape.add(p[i]);
        }
        for (long d : indices.tfShape()) {
            shape.add(d);
        }
        for (int i = a + 1; i < p.length; i++) {
            shape.add(p[i]);
        }
        String y = ctx.builder().op("Gather", List.of(ctx.materialise(params), ctx.materialise(indices)),
                OnnxAttribute.of("axis", (long) a));
        return new TfValue(y, Layout.TF, shape.stream().mapToLong(Long::longValue).toArray(), params.type(), null);
    }

    static TfValue stridedSlice(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        if (node.integer("ellipsis_mask", 0) != 0 || node.integer("new_axis_mask", 0) != 0) {
            throw new TfjsConversionException(node.name() + " (StridedSlice): ellipsis_mask and new_axis_mask are not supported");
        }
        TfValue x = ctx.tf(ctx.value(node.dataInputs().get(0)));
        long[] begin = ctx.constant(node.dataInputs().get(1), node.name() + " begin").asLongs();
        long[] end = ctx.constant(node.dataInputs().get(2), node.name() + " end").asLongs();
        long[] strides = ctx.constant(node.dataInputs().get(3), node.name() + " strides").asLongs();
        long beginMask = node.integer("begin_mask", 0);
        long endMask = node.integer("end_mask", 0);
        long shrinkMask = node.integer("shrink_axis_mask", 0);
        int n = begin.length;
        long[] in = x.tfShape();
        long[] starts = new long[n];
        long[] ends = new long[n];
        long[] axes = new long[n];
        List<Long> shape = new ArrayList<>();
        List<Long> squeeze = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long step = strides[i];
            boolean shrink = (shrinkMask >> i & 1) == 1;
            long s = (beginMask >> i & 1) == 1 ? (step > 0 ? 0 : in[i] - 1) : norm(begin[i], in[i]);
            long e;
            if (shrink) {
                e = s + 1;
            } else if ((endMask >> i & 1) == 1) {
                e = step > 0 ? in[i] : -1;
            } else {
                e = norm(end[i], in[i]);
            }
            s = Math.max(step > 0 ? 0 : -1, Math.min(s, step > 0 ? in[i] : in[i] - 1));
            e = Math.max(step > 0 ? 0 : -1, Math.min(e, step > 0 ? in[i] : in[i] - 1));
            starts[i] = s;
            // a negative end of −1 with a negative step means "before index 0"; ONNX needs a large negative number
            ends[i] = e < 0 ? Long.MIN_VALUE / 2 : e;
            axes[i] = i;
            long len = step > 0 ? Math.max(0, (e - s + step - 1) / step) : Math.max(0, (s - e - step - 1) / -step);
            if (shrink) {
                squeeze.add((long) i);
            } else {
                shape.add(len);
            }
        }
        for (int i = n; i < in.length; i++) {
            shape.add(in[i]);
        }
        String y = ctx.builder().op("Slice", List.of(ctx.materialise(x), ctx.int64s(node.name() + "/starts", starts),
                ctx.int64s(node.name() + "/ends", ends), ctx.int64s(node.name() + "/axes", axes),
                ctx.int64s(node.name() + "/steps", strides)));
        if (!squeeze.isEmpty()) {
            y = ctx.builder().op("Squeeze", List.of(y, ctx.int64s(node.name() + "/squeeze",
                    squeeze.stream().mapToLong(Long::longValue).toArray())));
        }
        return new TfValue(y, Layout.TF, shape.stream().mapToLong(Long::longValue).toArray(), x.type(), null);
    }

    private static long norm(long index, long dim) {
        return index < 0 ? index + dim : index;
    }
}
