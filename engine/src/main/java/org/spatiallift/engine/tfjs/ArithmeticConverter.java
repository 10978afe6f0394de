package org.spatiallift.engine.tfjs;

import java.util.List;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;

/**
 * Integer-aware arithmetic and casts, in TF layout:
 * <ul>
 * <li>FloorMod: integers → ONNX Mod with fmod = 0 (the sign of the divisor, i.e. a − b·⌊a/b⌋); floats → a − b·⌊a/b⌋.</li>
 * <li>FloorDiv: integers → (a − FloorMod(a, b)) / b, exact because the difference is a multiple of b (ONNX Div on
 * integers truncates toward zero, which differs from ⌊a/b⌋ for negative quotients); floats → Floor(a / b).</li>
 * <li>Cast: DT_FLOAT, DT_INT32, DT_INT64 and DT_BOOL → ONNX Cast.</li>
 * </ul>
 */
final class ArithmeticConverter {

    private ArithmeticConverter() {
    }

    static TfValue floorMod(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        Operands o = operands(ctx, node);
        String y = mod(ctx, o);
        return new TfValue(y, Layout.TF, o.shape(), o.type(), null);
    }

    static TfValue floorDiv(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        Operands o = operands(ctx, node);
        String y;
        if (o.type() == OnnxDataType.FLOAT) {
            y = ctx.builder().op("Floor", List.of(ctx.builder().op("Div", List.of(o.a(), o.b()))));
        } else {
            String rest = ctx.builder().op("Sub", List.of(o.a(), mod(ctx, o)));
            y = ctx.builder().op("Div", List.of(rest, o.b()));
        }
        return new TfValue(y, Layout.TF, o.shape(), o.type(), null);
    }

    static TfValue cast(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.value(node.dataInputs().get(0));
        String dst = node.attrs().containsKey("DstT") ? node.attrs().get("DstT").path("type").asText() : "";
        OnnxDataType type = switch (dst) {
            case "DT_FLOAT" -> OnnxDataType.FLOAT;
            case "DT_INT32" -> OnnxDataType.INT32;
            case "DT_INT64" -> OnnxDataType.INT64;
            case "DT_BOOL" -> OnnxDataType.BOOL;
            default -> throw new TfjsConversionException(node.name() + " (Cast): target type " + dst + " is not supported");
        };
        String y = ctx.builder().op("Cast", List.of(ctx.materialise(x)), OnnxAttribute.of("to", (long) type.code()));
        return new TfValue(y, x.layout(), x.tfShape(), type, null);
    }

    private static String mod(ConversionContext ctx, Operands o) {
        if (o.type() == OnnxDataType.FLOAT) {
            String q = ctx.builder().op("Floor", List.of(ctx.builder().op("Div", List.of(o.a(), o.b()))));
            return ctx.builder().op("Sub", List.of(o.a(), ctx.builder().op("Mul", List.of(o.b(), q))));
        }
        return ctx.builder().op("Mod", List.of(o.a(), o.b()), OnnxAttribute.of("fmod", 0L));
    }

    private static Operands operands(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue a = ctx.tf(ctx.value(node.dataInputs().get(0)));
        TfValue b = ctx.tf(ctx.value(node.dataInputs().get(1)));
        if (a.type() != b.type()) {
            throw new TfjsConversionException(node.name() + " (" + node.op() + "): operand types " + a.type() + " and "
                    + b.type() + " differ");
        }
        return new Operands(ctx.materialise(a), ctx.materialise(b), BinaryConverter.broadcast(node, a.tfShape(), b.tfShape()),
                a.type());
    }

    /** Two operands in TF layout, their broadcast shape and common type. */
    private record Operands(String a, String b, long[] shape, OnnxDataType type) {
    }
}
