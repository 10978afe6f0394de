package org.spatiallift.engine.perception.detect;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a result: model id, the SHA-256 of each source file and of the ONNX bytes the runtime loaded, the
 * runtime and its version, and the session options that can change results or speed.
 */
public record ModelProvenance(String modelId, Map<String, String> fileSha256, String onnxSha256, String runtime,
        String runtimeVersion, Map<String, String> sessionOptions) {

    public ModelProvenance {
        fileSha256 = Collections.unmodifiableMap(new TreeMap<>(fileSha256));
        sessionOptions = Collections.unmodifiableMap(new TreeMap<>(sessionOptions));
    }
}
