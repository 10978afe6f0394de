package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * One stage of the lift in the pipeline panel: its name, state, time ("12.3 ms", "reused", "not run: no label map"),
 * the parameters it reads (with units), its warnings (something the user should look at: a rejected scene, a
 * missing floor) and its notes (outcomes worth knowing that are fine, such as an accepted scene filter verdict).
 */
public record StageRow(String key, String label, State state, String time, String parameters, List<String> warnings,
                       List<String> notes) {

    public enum State { WAITING, RUNNING, DONE, REUSED, SKIPPED }

    public StageRow {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** A row without notes. */
    public StageRow(String key, String label, State state, String time, String parameters, List<String> warnings) {
        this(key, label, state, time, parameters, warnings, List.of());
    }

    StageRow with(State newState, String newTime) {
        return new StageRow(key, label, newState, newTime, parameters, warnings, notes);
    }
}
