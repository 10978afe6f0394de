package org.spatiallift.engine.vlm;

import java.util.Objects;

/**
 * An API key, kept out of every text: {@link #toString()} says only where it came from, and the value is handed only
 * to the HTTP Authorization header ({@link VlmClient}). Not a record, so that no generated toString can show it.
 */
public final class ApiKey {

    /** No key: requests go without an Authorization header (Ollama, llama.cpp and LM Studio need none). */
    public static final ApiKey NONE = new ApiKey("", "none");

    private final String value;
    private final String source;

    private ApiKey(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /** A key read from {@code source} ("environment variable X", "secret-tool"); blank means {@link #NONE}. */
    public static ApiKey of(String value, String source) {
        Objects.requireNonNull(source, "source");
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? NONE : new ApiKey(v, source);
    }

    public boolean present() {
        return !value.isEmpty();
    }

    /** Where the key came from ("environment variable SPATIALLIFT_VLM_API_KEY", "secret-tool", "none"). */
    public String source() {
        return source;
    }

    /** The key itself, for the Authorization header only. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return present() ? "ApiKey[from " + source + ", hidden]" : "ApiKey[none]";
    }
}
