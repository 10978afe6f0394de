package org.spatiallift.engine.tfjs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxGraphBuilder;
import org.spatiallift.engine.onnx.OnnxModel;

/**
 * SpatialLift's converter from a TF.js graph model to ONNX (opset {@value #OPSET}), for the operators listed in
 * {@link #SUPPORTED_OPS}. Only the nodes that the requested outputs depend on are converted. Inputs and outputs keep
 * their TF names, shapes and NHWC layout; inside, image tensors run channels-first (NCHW), with one Transpose after
 * the input and one before each image output. An unsupported op or attribute is an error naming the node.
 */
public final class TfjsToOnnx {

    /** ONNX opset written: ReduceMean still takes its axes as an attribute here. */
    public static final long OPSET = 17;

    /** TF ops this converter translates. */
    public static final Set<String> SUPPORTED_OPS = new TreeSet<>(List.of("Placeholder", "Const", "Identity",
            "Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative", "Add", "AddV2", "Sub",
            "Mul", "RealDiv", "Div", "Maximum", "Minimum", "Relu", "Relu6", "Sigmoid", "Tanh", "Mean", "ConcatV2",
            "ResizeBilinear", "MaxPool", "Reshape", "Transpose", "Equal", "Cast", "FloorDiv", "FloorMod", "TopKV2",
            "ExpandDims", "GatherV2", "StridedSlice"));

    private TfjsToOnnx() {
    }

    /**
     * Converts the part of {@code graph} that computes {@code outputs} (TF node names).
     *
     * @param graphName the ONNX graph name
     */
    public static OnnxModel convert(TfjsGraph graph, List<String> outputs, String graphName) throws TfjsConversionException {
        List<TfjsNode> order = topologicalOrder(graph, outputs);
        Set<String> unsupported = new TreeSet<>();
        for (TfjsNode n : order) {
            if (!SUPPORTED_OPS.contains(n.op())) {
                unsupported.add(n.op() + " (" + n.name() + ")");
            }
        }
        if (!unsupported.isEmpty()) {
            throw new TfjsConversionException("the graph uses operators the converter does not handle: " + unsupported
                    + "; supported: " + SUPPORTED_OPS);
        }
        OnnxGraphBuilder b = new OnnxGraphBuilder(graphName, OPSET);
        ConversionContext ctx = new ConversionContext(b, graph);
        for (TfjsNode n : order) {
            ctx.put(n.name(), convertNode(ctx, n));
        }
        for (String out : outputs) {
            TfValue v = ctx.tf(ctx.value(out));
            b.node("Identity", List.of(ctx.materialise(v)), List.of(out));
            b.output(out, v.type(), v.tfShape());
        }
        return b.build();
    }

    private static TfValue convertNode(ConversionContext ctx, TfjsNode n) throws TfjsConversionException {
        return switch (n.op()) {
            case "Placeholder" -> placeholder(ctx, n);
            case "Const" -> constant(ctx, n);
            case "Identity", "Relu", "Relu6", "Sigmoid", "Tanh" -> UnaryConverter.convert(ctx, n);
            case "Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" -> ConvConverter.convert(ctx, n);
            case "Mean" -> TensorConverter.mean(ctx, n);
            case "ConcatV2" -> TensorConverter.concat(ctx, n);
            case "ResizeBilinear" -> TensorConverter.resizeBilinear(ctx, n);
            case "MaxPool" -> TensorConverter.maxPool(ctx, n);
            case "Reshape" -> TensorConverter.reshape(ctx, n);
            case "Transpose" -> TensorConverter.transpose(ctx, n);
            case "Cast" -> ArithmeticConverter.cast(ctx, n);
            case "FloorDiv" -> ArithmeticConverter.floorDiv(ctx, n);
            case "FloorMod" -> ArithmeticConverter.floorMod(ctx, n);
            case "TopKV2" -> IndexConverter.topK(ctx, n);
            case "ExpandDims" -> IndexConverter.expandDims(ctx, n);
            case "GatherV2" -> IndexConverter.gather(ctx, n);
            case "StridedSlice" -> IndexConverter.stridedSlice(ctx, n);
            default -> {
                if (BinaryConverter.OPS.containsKey(n.op())) {
                    yield BinaryConverter.convert(ctx, n);
                }
                throw new TfjsConversionException("operator " + n.op() + " (" + n.name() + ") is not supported");
            }
        };
    }

    private static TfValue placeholder(ConversionContext ctx, TfjsNode n) throws TfjsConversionException {
        long[] shape = ctx.graph().inputShapes().get(n.name());
        if (shape == null) {
            throw new TfjsConversionException("input " + n.name() + " has no shape in the model signature");
        }
        String dtype = n.attrs().containsKey("dtype") ? n.attrs().get("dtype").path("type").asText("DT_FLOAT") : "DT_FLOAT";
        if (!"DT_FLOAT".equals(dtype)) {
            throw new TfjsConversionException("input " + n.name() + " has type " + dtype + " (only DT_FLOAT inputs are supported)");
        }
        ctx.builder().input(n.name(), OnnxDataType.FLOAT, shape);
        return new TfValue(n.name(), Layout.TF, shape, OnnxDataType.FLOAT, null);
    }

    private static TfValue constant(ConversionContext ctx, TfjsNode n) throws TfjsConversionException {
        TfjsWeight w = ctx.graph().weights().get(n.name());
        if (w == null) {
            throw new TfjsConversionException("constant " + n.name() + " has no value in the weights manifest");
        }
        return new TfValue(n.name(), Layout.TF, w.shape(), ConversionContext.typeOf(w), w);
    }

    /** The nodes the outputs depend on, each after its inputs (depth-first, inputs in order). */
    static List<TfjsNode> topologicalOrder(TfjsGraph graph, List<String> outputs) throws TfjsConversionException {
        Map<String, TfjsNode> byName = new HashMap<>();
        graph.nodes().forEach(n -> byName.put(n.name(), n));
        List<TfjsNode> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String out : outputs) {
            visit(nodeName(out), byName, done, visiting, order);
        }
        return order;
    }

    private static void visit(String name, Map<String, TfjsNode> byName, Set<String> done, Set<String> visiting,
            List<TfjsNode> order) throws TfjsConversionException {
        if (done.contains(name)) {
            return;
        }
        TfjsNode n = byName.get(name);
        if (n == null) {
            throw new TfjsConversionException("the graph has no node " + name);
        }
        if (!visiting.add(name)) {
            throw new TfjsConversionException("the graph has a cycle through " + name);
        }
        for (String in : n.dataInputs()) {
            visit(nodeName(in), byName, done, visiting, order);
        }
        visiting.remove(name);
        done.add(name);
        order.add(n);
    }

    /** "name:k" → "name". */
    static String nodeName(String ref) {
        int colon = ref.lastIndexOf(':');
        return colon > 0 && ref.substring(colon + 1).chars().allMatch(Character::isDigit) ? ref.substring(0, colon) : ref;
    }
}
