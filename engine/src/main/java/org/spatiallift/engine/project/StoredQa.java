package org.spatiallift.engine.project;

import java.io.IOException;

import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.QaJson;

/** A QA as the database keeps it (the export JSON of the QA and of its provenance), and a reviewer's edits on it. */
final class StoredQa {

    private StoredQa() {
    }

    static QaPair read(String qaJson, String provenanceJson) {
        try {
            return QaJson.pair(QaJson.MAPPER.readTree(qaJson), QaJson.provenance(QaJson.MAPPER.readTree(provenanceJson)));
        } catch (IOException e) {
            throw new IllegalArgumentException("a stored QA is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The QA with the edited question and answer in place of the generated ones (null keeps a text). Id, short
     * answer, measured value, objects and provenance stay as generated.
     */
    static QaPair withEdits(QaPair q, String question, String answer) {
        if (question == null && answer == null) {
            return q;
        }
        return new QaPair(q.id(), q.category(), q.kind(), question == null ? q.question() : question,
                answer == null ? q.answer() : answer, q.shortAnswer(), q.value(), q.statedValue(), q.unit(),
                q.objects(), q.reasoning(), q.provenance(), q.thresholdM());
    }
}
