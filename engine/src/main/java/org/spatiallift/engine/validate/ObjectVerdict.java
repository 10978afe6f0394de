package org.spatiallift.engine.validate;

/**
 * One object of the lift judged against the ground truth.
 *
 * @param objectId          the object's id in the lift
 * @param label             its label
 * @param verdict           correct, wrong class, duplicate or not judged
 * @param groundTruthIndex  index of the matched annotated box, or -1
 * @param groundTruthName   its class name, or null
 * @param iou               intersection over union of the two boxes (canonical frame, as vertical prisms)
 * @param errors            box errors for a correct match, or null
 */
public record ObjectVerdict(int objectId, String label, Verdict verdict, int groundTruthIndex, String groundTruthName,
                            double iou, BoxErrors errors) {
}
