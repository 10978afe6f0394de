package org.spatiallift.engine.vlm;

import org.spatiallift.engine.io.InputException;

/**
 * The entry for asking a vision-language model beside the geometry: checks once per server and model that it sees
 * images ({@link VisionProbe}), then asks the question about the image and reads its answer. Compare with the measured
 * answer through {@link VlmReply#agreement}.
 */
public final class VlmAsker {

    private final VlmClient client;
    private final VisionProbe probe;

    public VlmAsker(VlmClient client, VisionProbe probe) {
        this.client = client;
        this.probe = probe;
    }

    /** An asker over the network for {@code settings} (key from the environment or the keystore). */
    public static VlmAsker connect(VlmSettings settings, VisionProbe probe) {
        return new VlmAsker(VlmClient.connect(settings), probe);
    }

    /**
     * The model's answer to {@code question} about {@code image} (the image file's bytes: JPEG and PNG are sent as
     * they are, other formats re-encoded to PNG).
     *
     * @throws VlmException   NO_VISION when the probe found that the model does not see images, or the request failed
     * @throws InputException when the image cannot be read
     */
    public VlmReply ask(byte[] image, String question) throws VlmException, InputException {
        return ask(ImagePayload.of(image), question);
    }

    /** The model's answer to {@code question} about {@code image}; see {@link #ask(byte[], String)}. */
    public VlmReply ask(ImagePayload image, String question) throws VlmException {
        ProbeResult seen = probe.probe(client);
        if (seen.status() == ProbeResult.Status.IGNORES_IMAGES || seen.status() == ProbeResult.Status.NO_VISION) {
            throw new VlmException(VlmException.Kind.NO_VISION, Endpoints.redact(client.settings().chatCompletions()),
                    0, "model " + client.settings().model() + " does not see images: " + seen.message(), null,
                    "Choose a vision model (and, for llama-server, start it with --mmproj)");
        }
        return client.ask(image, question);
    }

    /** What the probe found for this client's server and model (asking it if not yet known). */
    public ProbeResult probe() {
        return probe.probe(client);
    }
}
