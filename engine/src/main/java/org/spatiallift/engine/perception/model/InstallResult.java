package org.spatiallift.engine.perception.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ModelInstaller#install} did: the verified model, the files it fetched (empty when all were already
 * in the cache), and the SHA-256 it recorded for files whose manifest has none (shown to the user once).
 */
public record InstallResult(LocatedModel model, List<String> fetched, Map<String, String> recordedSha256) {

    public InstallResult {
        fetched = List.copyOf(fetched);
        recordedSha256 = Collections.unmodifiableMap(new TreeMap<>(recordedSha256));
    }
}
