package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.detect.InputFit;

/** Turns the detector's command-line values into options, with a clear message for a bad one. */
final class DetectOptionsCheck {

    private DetectOptionsCheck() {
    }

    static DetectorOptions options(double threshold, int threads) throws InputException {
        return options(threshold, threads, null);
    }

    /** @param fit the --detector-fit value, or null for auto */
    static DetectorOptions options(double threshold, int threads, String fit) throws InputException {
        InputFit f = fit == null ? InputFit.AUTO : InputFit.fromCliName(fit);
        if (f == null) {
            throw InputException.forValue("--detector-fit", "unknown fit '" + fit + "'", "Use one of " + InputFit.cliNames());
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw InputException.forValue("--threshold", "must be in [0, 1], got " + threshold, "Give --threshold 0.3, for example");
        }
        if (threads < 0) {
            throw InputException.forValue("--threads", "must be 0 (one per available processor) or more, got " + threads,
                    "Give --threads 2, for example");
        }
        DetectorOptions d = DetectorOptions.defaults();
        return new DetectorOptions(threshold, d.maxDetections(), threads, f);
    }
}
