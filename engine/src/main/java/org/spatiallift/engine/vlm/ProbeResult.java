package org.spatiallift.engine.vlm;

/**
 * What a vision probe found out about a (server, model).
 *
 * @param status   whether the model sees images
 * @param expected the colour shown in the round that decided it
 * @param answer   the model's answer in that round, or null when it gave none
 * @param message  one line for the user
 */
public record ProbeResult(Status status, String expected, String answer, String message) {

    /** Whether a model sees the images sent to it. */
    public enum Status {
        /** It named the colour of every probe image. */
        SEES_IMAGES,
        /** It answered, but not with the image's colour: the server drops images (some Ollama builds) or guesses. */
        IGNORES_IMAGES,
        /** The server refused the image (no vision projector, a text-only model). */
        NO_VISION,
        /** The probe could not be asked (server unreachable, key refused, …): unknown; not cached. */
        FAILED
    }

    /** True when the model's answers about images can be shown. */
    public boolean seesImages() {
        return status == Status.SEES_IMAGES;
    }
}
