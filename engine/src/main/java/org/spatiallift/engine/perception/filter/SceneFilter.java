package org.spatiallift.engine.perception.filter;

/**
 * Decides whether a scene is worth turning into spatial question–answer data, and says why. SpatialVLM (Chen et al.
 * 2024) filters images with CLIP; {@link RuleSceneFilter} is the rule-based stand-in used when no CLIP-style model is
 * installed, and a model-based filter implements this interface too.
 */
@FunctionalInterface
public interface SceneFilter {

    SceneVerdict judge(SceneFilterInput input);
}
