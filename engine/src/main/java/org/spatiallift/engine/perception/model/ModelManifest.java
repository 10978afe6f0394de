package org.spatiallift.engine.perception.model;

import java.util.List;

/**
 * How a model is obtained and run, read from a manifest JSON (see resources/.../models/*.json): the model is data, so
 * a user can add one without code.
 *
 * @param packageSpec   the npm package the files come from, "npm:NAME@VERSION"
 * @param format        "tfjs-graph-model" (converted to ONNX when loaded) or "onnx"
 * @param graph         the file the runtime loads first (model.json or the .onnx file)
 * @param inputShape    NHWC, e.g. [1, 512, 512, 3]
 * @param stride        input pixels per output cell of the heat maps
 * @param labelsResource class-path resource with one class name a line, in output-channel order
 */
public record ModelManifest(String id, String role, String description, String licence, String packageSpec,
        String format, String graph, List<ModelFile> files, String inputName, long[] inputShape,
        List<String> outputNames, int stride, int topK, String labelsResource) {

    /** The role of object detectors. */
    public static final String OBJECT_DETECTOR = "object_detector";

    public ModelManifest {
        files = List.copyOf(files);
        outputNames = List.copyOf(outputNames);
        inputShape = inputShape.clone();
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("model id must be lower-case letters, digits, '.', '_' or '-', got " + id);
        }
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** Input height in pixels (NHWC). */
    public int inputHeight() {
        return (int) inputShape[1];
    }

    /** Input width in pixels (NHWC). */
    public int inputWidth() {
        return (int) inputShape[2];
    }

    /** The npm package name and version ("@vladmandic/human@3.3.6"), or null when the files do not come from npm. */
    public String npmPackage() {
        return packageSpec != null && packageSpec.startsWith("npm:") ? packageSpec.substring(4) : null;
    }
}
