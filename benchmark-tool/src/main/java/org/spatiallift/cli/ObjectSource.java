package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;

/** Where objects come from on the command line: label maps now, the detector later. */
final class ObjectSource {

    private ObjectSource() {
    }

    /** Refuses --detect (not in this build) and a run with neither labels nor the detector. */
    static void require(boolean detect, boolean labels) throws InputException {
        if (detect) {
            throw InputException.forValue("--detect", "the object detector is not part of this build yet",
                    "Give an instance label map and its names with --labels PNG --names TXT");
        }
        if (!labels) {
            throw InputException.forValue("--labels", "no objects to ask about: no label map was given",
                    "Give an instance label map and its names with --labels PNG --names TXT");
        }
    }
}
