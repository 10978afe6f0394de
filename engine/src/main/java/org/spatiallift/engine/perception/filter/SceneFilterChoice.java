package org.spatiallift.engine.perception.filter;

/**
 * The scene filter a lift uses and why: {@code name} is {@value RuleSceneFilter#METHOD} or the CLIP model's id,
 * {@code reason} how it was chosen. Closing it closes the model, if one was opened.
 */
public record SceneFilterChoice(SceneFilter filter, String name, String reason, AutoCloseable resources)
        implements AutoCloseable {

    @Override
    public void close() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing scene filter " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
