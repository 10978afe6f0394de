package org.spatiallift.engine.vlm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a vision-language model is and how to ask it. Holds no secret: the API key is read when the client is made
 * ({@link ApiKeys}) from the environment variable named here, or the OS keystore; so this record's toString, logs and
 * saved settings never contain it.
 *
 * @param baseUrl        the OpenAI-compatible base URL ending in /v1 ({@link Endpoints#base})
 * @param model          the model name as the server knows it ("llava:7b", "Qwen/Qwen2-VL-2B-Instruct")
 * @param apiKeyVariable the environment variable holding the API key ({@link #DEFAULT_KEY_VARIABLE})
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for a whole answer (a model on a CPU may need a minute)
 * @param maxTokens      the answer's length limit, tokens
 * @param retry          retries on 429, 5xx, timeouts and lost connections
 */
public record VlmSettings(URI baseUrl, String model, String apiKeyVariable, Duration connectTimeout,
                          Duration requestTimeout, int maxTokens, RetryPolicy retry) {

    /** The environment variable read for the API key unless settings name another. */
    public static final String DEFAULT_KEY_VARIABLE = "SPATIALLIFT_VLM_API_KEY";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public VlmSettings {
        baseUrl = Endpoints.base(Objects.requireNonNull(baseUrl, "baseUrl").toString());
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("VLM model: none given; give the model name as the server lists it "
                    + "(GET " + baseUrl + "/models)");
        }
        if (apiKeyVariable == null || !VARIABLE.matcher(apiKeyVariable).matches()) {
            throw new IllegalArgumentException("VLM API key variable \"" + apiKeyVariable + "\": not an environment "
                    + "variable name; use letters, digits and _ (default " + DEFAULT_KEY_VARIABLE + ")");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("VLM timeouts must be positive, got connect " + connectTimeout
                    + ", request " + requestTimeout);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("VLM max_tokens must be at least 1, got " + maxTokens);
        }
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * Settings for {@code baseUrl} and {@code model} with the defaults: key from {@link #DEFAULT_KEY_VARIABLE},
     * 10 s to connect, 120 s per answer, 256 tokens, {@link RetryPolicy#DEFAULT}.
     */
    public static VlmSettings of(String baseUrl, String model) {
        return new VlmSettings(Endpoints.base(baseUrl), model, DEFAULT_KEY_VARIABLE, Duration.ofSeconds(10),
                Duration.ofSeconds(120), 256, RetryPolicy.DEFAULT);
    }

    public VlmSettings withTimeouts(Duration connect, Duration request) {
        return new VlmSettings(baseUrl, model, apiKeyVariable, connect, request, maxTokens, retry);
    }

    public VlmSettings withRetry(RetryPolicy policy) {
        return new VlmSettings(baseUrl, model, apiKeyVariable, connectTimeout, requestTimeout, maxTokens, policy);
    }

    public VlmSettings withMaxTokens(int tokens) {
        return new VlmSettings(baseUrl, model, apiKeyVariable, connectTimeout, requestTimeout, tokens, retry);
    }

    public VlmSettings withApiKeyVariable(String variable) {
        return new VlmSettings(baseUrl, model, variable, connectTimeout, requestTimeout, maxTokens, retry);
    }

    /** The chat completions address. */
    public URI chatCompletions() {
        return Endpoints.chatCompletions(baseUrl);
    }
}
