package org.spatiallift.engine.perception.detect;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a result: model id, the SHA-256 of each source file and of the ONNX bytes the runtime loaded, the
 * runtime and its version, and the options that can change results or speed — the session's, and where a runner
 * chooses one, its pre-processing (e.g. "preprocess" of a depth model: aspect kept or stretched).
 */
public record ModelProvenance(String modelId, Map<String, String> fileSha256, String onnxSha256, String runtime,
        String runtimeVersion, Map<String, String> sessionOptions) {

    public ModelProvenance {
        fileSha256 = Collections.unmodifiableMap(new TreeMap<>(fileSha256));
        sessionOptions = Collections.unmodifiableMap(new TreeMap<>(sessionOptions));
    }

    /** The same provenance with one more option (replacing one of the same key). */
    public ModelProvenance withOption(String key, String value) {
        Map<String, String> options = new TreeMap<>(sessionOptions);
        options.put(key, value);
        return new ModelProvenance(modelId, fileSha256, onnxSha256, runtime, runtimeVersion, options);
    }
}
