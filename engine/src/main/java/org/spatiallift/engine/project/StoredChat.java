package org.spatiallift.engine.project;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat about one image and one lifted scene.
 *
 * @param id          the chat's row id
 * @param imageKey    the image it is about
 * @param sceneSha256 the SHA-256 (hex) of the scene JSON: the same image lifted alike gives the same chat
 * @param sceneJson   the scene the questions were asked about, as JSON
 * @param startedAt   when the first question was asked (UTC)
 * @param turns       how many questions it holds
 */
public record StoredChat(long id, String imageKey, String sceneSha256, String sceneJson, Instant startedAt, int turns) {

    public StoredChat {
        Objects.requireNonNull(imageKey, "imageKey");
        Objects.requireNonNull(sceneSha256, "sceneSha256");
        Objects.requireNonNull(sceneJson, "sceneJson");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
