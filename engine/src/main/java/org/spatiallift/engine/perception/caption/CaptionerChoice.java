package org.spatiallift.engine.perception.caption;

/**
 * The captioner a lift uses and why: {@code captioner} is null for none (captions are the label and the measured
 * attributes only), {@code name} is "none" or the model's id, {@code reason} says how it was chosen ("asked for",
 * "installed", "no captioner installed", or why an installed one could not be used). Closing it closes the model.
 */
public record CaptionerChoice(ImageCaptioner captioner, String name, String reason) implements AutoCloseable {

    @Override
    public void close() {
        if (captioner != null) {
            captioner.close();
        }
    }
}
