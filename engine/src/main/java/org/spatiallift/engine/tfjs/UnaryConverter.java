package org.spatiallift.engine.tfjs;

import java.util.List;


/**
 * Element-wise unary ops, which keep the layout: Relu, Relu6 → Clip(x, 0, 6) = min(max(x, 0), 6), Sigmoid
 * 1 / (1 + e^−x), Tanh, Identity (no node: the TF name maps to the same value).
 */
final class UnaryConverter {

    private UnaryConverter() {
    }

    static TfValue convert(ConversionContext ctx, TfjsNode node) throws TfjsConversionException {
        TfValue x = ctx.value(node.dataInputs().get(0));
        if (node.op().equals("Identity")) {
            return x;
        }
        String y = activate(ctx, node.op(), ctx.materialise(x));
        return new TfValue(y, x.layout(), x.tfShape(), x.type(), null);
    }

    /** Applies a TF activation by name to an ONNX value; null leaves it as is. */
    static String activate(ConversionContext ctx, String op, String x) throws TfjsConversionException {
        if (op == null) {
            return x;
        }
        return switch (op) {
            case "Relu" -> ctx.builder().op("Relu", List.of(x));
            case "Relu6" -> ctx.builder().op("Clip", List.of(x, ctx.scalar(0f), ctx.scalar(6f)));
            case "Sigmoid" -> ctx.builder().op("Sigmoid", List.of(x));
            case "Tanh" -> ctx.builder().op("Tanh", List.of(x));
            default -> throw new TfjsConversionException("activation " + op + " is not supported");
        };
    }
}
