package org.spatiallift.engine.vlm;

import java.util.function.UnaryOperator;

/**
 * Where a VLM API key is read from, in order: the environment variable the settings name, then the OS keystore
 * (account = the base URL). The one place keys are found; the key is never written anywhere.
 */
public final class ApiKeys {

    private final UnaryOperator<String> environment;
    private final SecretStore store;

    /** {@code environment} maps a variable name to its value or null (System::getenv, or a map in tests). */
    public ApiKeys(UnaryOperator<String> environment, SecretStore store) {
        this.environment = environment;
        this.store = store;
    }

    /** The process environment and this machine's keystore. */
    public static ApiKeys system() {
        return new ApiKeys(System::getenv, SecretStore.system());
    }

    /** The key for {@code settings}, or {@link ApiKey#NONE}. */
    public ApiKey find(VlmSettings settings) {
        String variable = settings.apiKeyVariable();
        ApiKey fromEnv = ApiKey.of(environment.apply(variable), "environment variable " + variable);
        if (fromEnv.present()) {
            return fromEnv;
        }
        return store.find(settings.baseUrl().toString());
    }

    /** How to give a key for {@code settings}: the variable, or the keystore command. */
    public String hint(VlmSettings settings) {
        return "Set the environment variable " + settings.apiKeyVariable() + ", or store it: "
                + store.storeHint(settings.baseUrl().toString());
    }
}
