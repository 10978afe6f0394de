package org.spatiallift.app.viewmodel;

/**
 * One object a clarification offers: choosing it answers the question about that object.
 *
 * @param objectId    the object's id in the scene on show
 * @param description how questions refer to it ("the red chair on the left")
 */
public record ChatCandidate(int objectId, String description) {
}
