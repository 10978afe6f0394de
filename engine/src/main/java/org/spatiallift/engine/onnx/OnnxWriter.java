package org.spatiallift.engine.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serialises an {@link OnnxModel} to the ONNX protobuf format. Field numbers are those of the public onnx.proto:
 * <ul>
 * <li>ModelProto: ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8, metadata_props 14</li>
 * <li>OperatorSetIdProto: domain 1, version 2; StringStringEntryProto: key 1, value 2</li>
 * <li>GraphProto: node 1, name 2, initializer 5, input 11, output 12</li>
 * <li>NodeProto: input 1, output 2, name 3, op_type 4, attribute 5</li>
 * <li>AttributeProto: name 1, f 2, i 3, s 4, t 5, floats 7, ints 8, type 20</li>
 * <li>TensorProto: dims 1, data_type 2, name 8, raw_data 9</li>
 * <li>ValueInfoProto: name 1, type 2; TypeProto: tensor_type 1; TypeProto.Tensor: elem_type 1, shape 2;
 * TensorShapeProto: dim 1; Dimension: dim_value 1, dim_param 2</li>
 * </ul>
 * The same model always gives the same bytes.
 */
public final class OnnxWriter {

    private OnnxWriter() {
    }

    public static byte[] toBytes(OnnxModel model) {
        ProtoWriter m = new ProtoWriter();
        m.varint(1, model.irVersion());
        m.string(2, model.producerName());
        m.string(3, model.producerVersion());
        m.message(7, graph(model));
        m.message(8, new ProtoWriter().string(1, "").varint(2, model.opsetVersion()));
        model.metadata().forEach((k, v) -> m.message(14, new ProtoWriter().string(1, k).string(2, v)));
        return m.toByteArray();
    }

    public static void write(OnnxModel model, Path file) throws IOException {
        Files.write(file, toBytes(model));
    }

    private static ProtoWriter graph(OnnxModel model) {
        ProtoWriter g = new ProtoWriter();
        for (OnnxNode n : model.nodes()) {
            g.message(1, node(n));
        }
        g.string(2, model.graphName());
        for (OnnxTensor t : model.initializers()) {
            g.message(5, tensor(t));
        }
        for (OnnxValueInfo v : model.inputs()) {
            g.message(11, valueInfo(v));
        }
        for (OnnxValueInfo v : model.outputs()) {
            g.message(12, valueInfo(v));
        }
        return g;
    }

    private static ProtoWriter node(OnnxNode n) {
        ProtoWriter w = new ProtoWriter();
        n.inputs().forEach(i -> w.string(1, i));
        n.outputs().forEach(o -> w.string(2, o));
        w.string(3, n.name());
        w.string(4, n.opType());
        n.attributes().forEach(a -> w.message(5, attribute(a)));
        return w;
    }

    private static ProtoWriter attribute(OnnxAttribute a) {
        ProtoWriter w = new ProtoWriter().string(1, a.name());
        switch (a.kind()) {
            case FLOAT -> w.float32(2, a.f());
            case INT -> w.varint(3, a.i());
            case STRING -> w.string(4, a.s());
            case TENSOR -> w.message(5, tensor(a.t()));
            case FLOATS -> w.packedFloats(7, a.floats());
            case INTS -> w.packedVarints(8, a.ints());
        }
        w.varint(20, a.kind().code());
        return w;
    }

    private static ProtoWriter tensor(OnnxTensor t) {
        ProtoWriter w = new ProtoWriter();
        if (t.dims().length > 0) {
            w.packedVarints(1, t.dims());
        }
        w.varint(2, t.type().code());
        w.string(8, t.name());
        w.bytes(9, t.rawData());
        return w;
    }

    private static ProtoWriter valueInfo(OnnxValueInfo v) {
        ProtoWriter shape = new ProtoWriter();
        long[] dims = v.shape();
        for (int i = 0; i < dims.length; i++) {
            ProtoWriter dim = new ProtoWriter();
            if (dims[i] >= 0) {
                dim.varint(1, dims[i]);
            } else {
                dim.string(2, v.name().replaceAll("[^A-Za-z0-9_]", "_") + "_d" + i);
            }
            shape.message(1, dim);
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, v.type().code()).message(2, shape);
        return new ProtoWriter().string(1, v.name()).message(2, new ProtoWriter().message(1, tensorType));
    }
}
