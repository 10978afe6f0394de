package org.spatiallift.engine.vlm;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a server's error answer into a {@link VlmException} of the right kind, with the advice that fits that server's
 * known failures (docs: benchmarks.md, "OpenAI-compatible servers with images"):
 * <ul>
 * <li>llama.cpp without {@code --mmproj} answers 500 (not 400) "image input is not supported … mmproj": NO_VISION,
 * not retried;</li>
 * <li>Ollama rejects link images with 400 "image URLs are not currently supported", and answers 404 "model … not
 * found";</li>
 * <li>LM Studio sends its message as a plain string; vLLM refuses too many images per prompt with 400;</li>
 * <li>401/403 AUTH, 404 NOT_FOUND, 429 RATE_LIMITED, other 5xx SERVER, other 4xx BAD_REQUEST.</li>
 * </ul>
 */
final class ServerErrors {

    private ServerErrors() {
    }

    /**
     * The failure {@code status}/{@code body} stands for.
     *
     * @param url        the redacted address asked
     * @param model      the model asked for
     * @param authAdvice how to give a key, for 401/403
     */
    static VlmException classify(int status, byte[] body, String url, String model, String authAdvice) {
        JsonNode root = ChatJson.tree(body);
        ServerError e = ServerError.of(body, root);
        String m = e.message();
        String low = m.toLowerCase(Locale.ROOT);
        if (low.contains("mmproj") || low.contains("image input is not supported")
                || low.contains("multimodal is not supported") || low.contains("does not support image")
                || low.contains("does not support vision") || low.contains("not a multimodal model")) {
            boolean llama = low.contains("mmproj") || low.contains("image input is not supported");
            return new VlmException(VlmException.Kind.NO_VISION, url, status,
                    llama ? "this server has no vision projector loaded (HTTP " + status + ")"
                            : "model " + model + " does not take images (HTTP " + status + ")", m,
                    llama ? "Start llama-server with --mmproj FILE (the model's multimodal projector), or choose a "
                            + "server with a vision model" : "Choose a vision model");
        }
        if (low.contains("image urls are not currently supported")) {
            return new VlmException(VlmException.Kind.BAD_REQUEST, url, status,
                    "the server refuses the image (HTTP " + status + ")", m,
                    "This server takes images only as base64 data URLs, which SpatialLift sends; if it refuses those,"
                            + " update Ollama to a version with vision support in its OpenAI-compatible API");
        }
        if (status == 401 || status == 403) {
            return new VlmException(VlmException.Kind.AUTH, url, status,
                    "the server refuses the API key (HTTP " + status + ")", m, authAdvice);
        }
        if (status == 404) {
            boolean aboutModel = low.contains("model");
            return new VlmException(VlmException.Kind.NOT_FOUND, url, status,
                    aboutModel ? "the server has no model " + model : "no chat completions at this address (HTTP 404)",
                    m, aboutModel ? "Give the model name as GET …/v1/models lists it (Ollama: ollama pull " + model + ")"
                            : "Check the base URL: it should end in /v1 (Ollama :11434/v1, vLLM :8000/v1, LM Studio "
                            + ":1234/v1, llama-server :8080/v1)");
        }
        if (status == 429) {
            return new VlmException(VlmException.Kind.RATE_LIMITED, url, status,
                    "the server is rate limiting (HTTP 429)", m, "Wait a while and ask again, or lower the request rate");
        }
        if (status >= 500) {
            return new VlmException(VlmException.Kind.SERVER, url, status, "the server failed (HTTP " + status + ")",
                    m, "Check the server's log; it may be out of memory or still loading the model");
        }
        if (low.contains("at most") && low.contains("image")) {
            return new VlmException(VlmException.Kind.BAD_REQUEST, url, status,
                    "the server takes fewer images per prompt (HTTP " + status + ")", m,
                    "Send one image, or start vLLM with a higher --limit-mm-per-prompt");
        }
        return new VlmException(VlmException.Kind.BAD_REQUEST, url, status,
                "the server refused the request (HTTP " + status + ")", m,
                "The server's message says what it did not accept");
    }

    /** An answer with status 200 that carries an error object instead of choices, or null when it carries none. */
    static VlmException inSuccess(JsonNode root, byte[] body, String url, String model, String authAdvice) {
        ServerError e = ServerError.in(root);
        return e == null ? null : classify(200, body, url, model, authAdvice);
    }
}
