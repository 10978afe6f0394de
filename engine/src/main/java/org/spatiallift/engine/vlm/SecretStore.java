package org.spatiallift.engine.vlm;

import java.util.Locale;

/**
 * The OS keystore, read for a VLM API key stored under service {@link #SERVICE} and the endpoint's base URL as the
 * account. Lookups never throw and never log the key: a store that is missing or fails answers {@link ApiKey#NONE}.
 */
public interface SecretStore {

    /** The service (Linux attribute {@code service}, macOS {@code -s}) keys are stored under. */
    String SERVICE = "spatiallift-vlm";

    /** No keystore: the key comes from the environment only (Windows, or a system without a keystore tool). */
    SecretStore NONE = new SecretStore() {
        @Override
        public ApiKey find(String account) {
            return ApiKey.NONE;
        }

        @Override
        public String storeHint(String account) {
            return "set the environment variable (this system has no keystore SpatialLift can read)";
        }
    };

    /** The key stored for {@code account} (the base URL), or {@link ApiKey#NONE}. */
    ApiKey find(String account);

    /** How a user stores a key for {@code account} in this keystore, a command line or a sentence. */
    String storeHint(String account);

    /**
     * The keystore of the OS called {@code osName} (the {@code os.name} property), its tool found on {@code path}
     * (the PATH variable): Linux and the BSDs {@code secret-tool} (libsecret), macOS {@code security}. Windows has no
     * tool that prints a stored generic credential without an extra PowerShell module, so it is environment only.
     */
    static SecretStore forOs(String osName, String path) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return CommandSecretStore.macKeychain(path);
        }
        if (os.startsWith("windows")) {
            return NONE;
        }
        return CommandSecretStore.secretTool(path);
    }

    /** The keystore of this machine. */
    static SecretStore system() {
        return forOs(System.getProperty("os.name"), System.getenv("PATH"));
    }
}
