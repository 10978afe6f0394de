package org.spatiallift.engine.perception.filter;

/**
 * A scene filter's decision.
 *
 * @param accepted true when the scene should be used for question–answer data
 * @param method   which filter decided ("rules", or a model id)
 * @param reason   why, with the measured values and the thresholds
 */
public record SceneVerdict(boolean accepted, String method, String reason) {
}
