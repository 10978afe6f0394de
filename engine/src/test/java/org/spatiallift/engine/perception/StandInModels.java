package org.spatiallift.engine.perception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxGraphBuilder;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OnnxTensor;
import org.spatiallift.engine.onnx.OnnxWriter;
import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.InstallResult;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelStore;

/**
 * Small stand-in ONNX models with exactly the signature of the real ones (names, ranks, fixed sizes), written by
 * SpatialLift's own {@link OnnxGraphBuilder}, whose outputs are simple, checkable functions of the inputs.
 */
public final class StandInModels {

    private StandInModels() {
    }

    /**
     * Depth Anything V2 (metric or relative): pixel_values [1, 3, s, s] → predicted_depth [1, s, s] with
     * depth = a + b · mean_c(pixel_values_c) (ReduceMean over channels, then Mul and Add).
     */
    public static OnnxModel depth(int size, float a, float b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_standin", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, size, size);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        String scaled = g.op("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("b", b))));
        g.node("Add", List.of(scaled, g.initializer(OnnxTensor.floatScalar("a", a))), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, size, size);
        return g.build();
    }

    /** The depth stand-in whose output is NaN everywhere (pixel_values · NaN). */
    public static OnnxModel depthNaN(int size) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("depth_nan", 17);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, size, size);
        String mean = g.op("ReduceMean", List.of("pixel_values"), OnnxAttribute.ints("axes", 1), OnnxAttribute.of("keepdims", 0L));
        g.node("Mul", List.of(mean, g.initializer(OnnxTensor.floatScalar("nan", Float.NaN))), List.of("predicted_depth"));
        g.output("predicted_depth", OnnxDataType.FLOAT, 1, size, size);
        return g.build();
    }

    /** Writes {@code model} to {@code file}. */
    public static Path write(OnnxModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OnnxWriter.write(model, file);
        return file;
    }

    /** Installs stand-in files into {@code store} the way a user installs an exported model ({@code --from}). */
    public static InstallResult install(ModelManifest m, ModelStore store, Path fileOrFolder) throws ModelException {
        return new ModelInstaller(store, true).install(m, fileOrFolder.toString(), DownloadProgress.NONE);
    }
}
