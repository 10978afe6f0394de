package org.spatiallift.engine.perception.filter;

/** One text the CLIP scene filter compares the image with; {@code accept} says which side it speaks for. */
public record ScenePrompt(boolean accept, String text) {

    public ScenePrompt {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a scene prompt needs text");
        }
    }
}
