package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * One QA in the QA tab, as text: the question and answer (as edited, when they were), its measured value with its
 * unit, and its review state.
 *
 * @param id        the QA's stable id (16 hex digits)
 * @param category  its category ("centre_distance")
 * @param kind      "yes_no", "choice", "quantitative" or "multi_object"
 * @param value     the measured value with its unit ("1.234 m", "2 o'clock"), "" for qualitative QA
 * @param objectIds instance ids of the objects it is about
 * @param edited    true when the reviewer rewrote the question or the answer
 */
public record QaRow(String id, String category, String kind, String question, String answer, String value,
                    List<Integer> objectIds, QaStatus status, boolean edited) {

    public QaRow {
        objectIds = List.copyOf(objectIds);
    }
}
