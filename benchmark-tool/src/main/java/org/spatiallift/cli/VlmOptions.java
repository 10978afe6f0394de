package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.vlm.ImagePayload;
import org.spatiallift.engine.vlm.VisionProbe;
import org.spatiallift.engine.vlm.VlmAsker;
import org.spatiallift.engine.vlm.VlmSettings;

import picocli.CommandLine.Option;

/** A vision-language model that answers beside the geometry: any OpenAI-compatible server (network only when given). */
final class VlmOptions {

    @Option(names = "--vlm-url", paramLabel = "URL",
            description = "Base URL of an OpenAI-compatible server (Ollama http://localhost:11434/v1, vLLM, "
                    + "llama.cpp's server, LM Studio); its model answers each question about the image beside the "
                    + "measured answer.")
    String url;

    @Option(names = "--vlm-model", paramLabel = "NAME", description = "The model's name as the server lists it.")
    String model;

    @Option(names = "--vlm-key-variable", paramLabel = "VAR", defaultValue = VlmSettings.DEFAULT_KEY_VARIABLE,
            description = "Environment variable holding the API key (default ${DEFAULT-VALUE}; else the system "
                    + "keystore); the key is never printed or written.")
    String keyVariable;

    /** The model's settings (after {@link #asker} checked the options). */
    VlmSettings settings() throws InputException {
        try {
            return VlmSettings.of(url, model).withApiKeyVariable(keyVariable);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--vlm-url", e.getMessage(), "Give a base URL such as "
                    + "http://localhost:11434/v1");
        }
    }

    /** What asks the model about {@code image}; one that adds nothing when no model is given. */
    ModelAsker asker(ImagePayload image) throws InputException {
        if (url == null) {
            if (model != null) {
                throw InputException.forValue("--vlm-model", "given without --vlm-url",
                        "Give the server's base URL with --vlm-url, e.g. http://localhost:11434/v1");
            }
            return ModelAsker.NONE;
        }
        if (model == null || model.isBlank()) {
            throw InputException.forValue("--vlm-url", "given without --vlm-model",
                    "Name the model with --vlm-model, as the server lists it (GET " + url + "/models)");
        }
        VlmSettings settings = settings();
        return new ModelAsker(VlmAsker.connect(settings, new VisionProbe()), image, settings.model());
    }
}
