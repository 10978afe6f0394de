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
 * @param rejection         why the lift left the object out of QA (class plausibility), or null when it is used; a
 *                          rejected object is matched among the rejected ones only, so it never makes a used object a
 *                          duplicate, and its verdict says what the rejection was right or wrong about
 */
public record ObjectVerdict(int objectId, String label, Verdict verdict, int groundTruthIndex, String groundTruthName,
                            double iou, BoxErrors errors, String rejection) {

    /** An object the lift uses. */
    public ObjectVerdict(int objectId, String label, Verdict verdict, int groundTruthIndex, String groundTruthName,
                         double iou, BoxErrors errors) {
        this(objectId, label, verdict, groundTruthIndex, groundTruthName, iou, errors, null);
    }

    /** The same verdict of an object the lift rejected for {@code reason}. */
    public ObjectVerdict withRejection(String reason) {
        return new ObjectVerdict(objectId, label, verdict, groundTruthIndex, groundTruthName, iou, errors, reason);
    }

    public boolean rejected() {
        return rejection != null;
    }
}
