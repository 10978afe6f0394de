package org.spatiallift.engine.perception.detect;

import java.io.IOException;
import java.nio.file.Files;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.onnx.OnnxWriter;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.tfjs.TfjsConversionException;
import org.spatiallift.engine.tfjs.TfjsGraph;
import org.spatiallift.engine.tfjs.TfjsModelReader;
import org.spatiallift.engine.tfjs.TfjsToOnnx;

/**
 * The ONNX bytes of a located model: an ONNX file as it is, or a TF.js graph model converted by {@link TfjsToOnnx}
 * (outputs as named in the manifest). Converting on every load keeps no derived file that could go stale; it takes
 * well under a second for the CenterNet graph.
 */
public final class OnnxBytes {

    private OnnxBytes() {
    }

    public static byte[] of(LocatedModel model) throws ModelException {
        var m = model.manifest();
        switch (m.format()) {
            case "onnx" -> {
                try {
                    return Files.readAllBytes(model.graphFile());
                } catch (IOException e) {
                    throw new ModelException(model.graphFile(), "cannot read the model (" + e.getMessage() + ")",
                            "Fetch the model again", e);
                }
            }
            case "tfjs-graph-model" -> {
                TfjsGraph graph;
                try {
                    graph = TfjsModelReader.read(model.graphFile());
                } catch (InputException e) {
                    throw new ModelException(e.file(), e.problem(), e.remedy(), e);
                }
                try {
                    return OnnxWriter.toBytes(TfjsToOnnx.convert(graph, m.outputNames(), m.id()));
                } catch (TfjsConversionException e) {
                    throw new ModelException(model.graphFile(), "cannot be converted to ONNX: " + e.getMessage(),
                            "Use a model whose operators SpatialLift converts, or an ONNX model", e);
                }
            }
            default -> throw new ModelException(model.graphFile(), "model format \"" + m.format() + "\" is not supported",
                    "Use \"onnx\" or \"tfjs-graph-model\" in the manifest");
        }
    }
}
