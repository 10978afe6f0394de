package org.spatiallift.engine.validate;

/**
 * One QA judged against the ground truth.
 *
 * @param category the QA's category
 * @param judged   false when the truth cannot decide it (an object without an annotated box, or a category that needs
 *                 every object of the scene)
 * @param valid    judged, every object right, and the answer the same on the annotated boxes
 * @param reason   why it is invalid or not judged ("wrong_class", "duplicate", "answer_differs", "unclear_in_truth";
 *                 "object_not_judged", "needs_complete_object_list"), null when valid
 */
public record QaJudgement(String category, boolean judged, boolean valid, String reason) {
}
