package org.spatiallift.engine.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Wall-clock milliseconds per stage of one run; stages that did not run are absent. */
public record StageTimings(Map<Stage, Double> millis) {

    public StageTimings {
        millis = Collections.unmodifiableMap(new EnumMap<>(millis.isEmpty() ? new EnumMap<>(Stage.class) : millis));
    }

    public double totalMillis() {
        return millis.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
