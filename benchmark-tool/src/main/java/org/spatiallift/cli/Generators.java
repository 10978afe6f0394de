package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaSettings;

/** The QA generator for command-line settings, with errors in the CLI's words. */
final class Generators {

    private Generators() {
    }

    static QaGenerator of(QaSettings settings) throws InputException {
        try {
            return QaGenerator.standard(settings);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--category-weights", e.getMessage(),
                    "Use category names from 'spatiallift categories'");
        }
    }
}
