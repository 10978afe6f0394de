package org.spatiallift.engine.perception.filter;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.embed.ImageTextEmbedder;

/**
 * The scene filter a lift uses and why: {@code name} is {@value RuleSceneFilter#METHOD} or the CLIP model's id,
 * {@code reason} how it was chosen. Closing it closes the model, if one was opened.
 */
public record SceneFilterChoice(SceneFilter filter, String name, String reason, AutoCloseable resources)
        implements AutoCloseable {

    /** The CLIP model's provenance, or null when the rules judge. */
    public ModelProvenance provenance() {
        return resources instanceof ImageTextEmbedder clip ? clip.provenance() : null;
    }

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
