package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * One stage of the lift in the pipeline panel: its name, state, time ("12.3 ms", "reused", "not run: no label map"),
 * the parameters it reads (with units) and its warnings.
 */
public record StageRow(String key, String label, State state, String time, String parameters, List<String> warnings) {

    public enum State { WAITING, RUNNING, DONE, REUSED, SKIPPED }

    public StageRow {
        warnings = List.copyOf(warnings);
    }

    StageRow with(State newState, String newTime) {
        return new StageRow(key, label, newState, newTime, parameters, warnings);
    }
}
