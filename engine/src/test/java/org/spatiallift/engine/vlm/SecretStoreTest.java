package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystores, read through fake {@code secret-tool} and {@code security} scripts put on a PATH of their own. */
class SecretStoreTest {

    private static final String BASE = "http://127.0.0.1:11434/v1";

    @TempDir
    Path bin;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "fake keystore tools are shell scripts; this file system has no executable bit");
    }

    private void script(String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void linuxReadsTheKeyWithSecretToolLookupByServiceAndAccount() throws IOException {
        script("secret-tool", """
                if [ "$1" = lookup ] && [ "$2" = service ] && [ "$3" = spatiallift-vlm ] && [ "$4" = account ] \\
                   && [ "$5" = "http://127.0.0.1:11434/v1" ]; then printf 'sk-from-keyring\\n'; exit 0; fi
                exit 1""");
        SecretStore store = SecretStore.forOs("Linux", bin.toString());

        ApiKey key = store.find(BASE);
        ApiKey other = store.find("http://elsewhere:1/v1");

        assertThat(key.present()).isTrue();
        assertThat(key.reveal()).isEqualTo("sk-from-keyring");
        assertThat(key.source()).isEqualTo("secret-tool");
        assertThat(key.toString()).doesNotContain("sk-from-keyring");
        assertThat(other.present()).isFalse();
        assertThat(store.storeHint(BASE)).isEqualTo("secret-tool store --label='SpatialLift VLM key' service "
                + "spatiallift-vlm account " + BASE);
    }

    @Test
    void macOsReadsTheKeyWithSecurityFindGenericPassword() throws IOException {
        script("security", """
                if [ "$1" = find-generic-password ] && [ "$2" = -s ] && [ "$3" = spatiallift-vlm ] && [ "$4" = -a ] \\
                   && [ "$5" = "http://127.0.0.1:11434/v1" ] && [ "$6" = -w ]; then echo sk-from-keychain; exit 0; fi
                echo "security: SecKeychainSearchCopyNext: The specified item could not be found." >&2; exit 44""");

        ApiKey key = SecretStore.forOs("Mac OS X", bin.toString()).find(BASE);

        assertThat(key.reveal()).isEqualTo("sk-from-keychain");
        assertThat(SecretStore.forOs("Mac OS X", bin.toString()).find("http://other/v1").present()).isFalse();
    }

    @Test
    void noToolOnThePathAndWindowsMeanEnvironmentOnly() throws IOException {
        assertThat(SecretStore.forOs("Linux", bin.toString()).find(BASE).present()).isFalse();
        script("secret-tool", "echo should-not-be-run");
        assertThat(SecretStore.forOs("Windows 11", bin.toString()).find(BASE).present()).isFalse();
        assertThat(SecretStore.forOs("Windows 11", bin.toString()).storeHint(BASE)).contains("environment variable");
    }

    @Test
    void theEnvironmentVariableComesBeforeTheKeystore() throws IOException {
        script("secret-tool", "echo sk-from-keyring");
        SecretStore store = SecretStore.forOs("Linux", bin.toString());
        VlmSettings settings = VlmSettings.of(BASE, "llava").withApiKeyVariable("MY_VLM_KEY");

        ApiKey fromEnv = new ApiKeys(Map.of("MY_VLM_KEY", "sk-from-env")::get, store).find(settings);
        ApiKey fromStore = new ApiKeys(Map.<String, String>of()::get, store).find(settings);
        ApiKey blankEnv = new ApiKeys(Map.of("MY_VLM_KEY", "  ")::get, store).find(settings);

        assertThat(fromEnv.reveal()).isEqualTo("sk-from-env");
        assertThat(fromEnv.source()).isEqualTo("environment variable MY_VLM_KEY");
        assertThat(fromStore.reveal()).isEqualTo("sk-from-keyring");
        assertThat(blankEnv.reveal()).isEqualTo("sk-from-keyring");
        assertThat(new ApiKeys(Map.<String, String>of()::get, SecretStore.NONE).find(settings).present()).isFalse();
    }
}
