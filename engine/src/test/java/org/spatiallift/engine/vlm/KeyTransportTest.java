package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** An API key goes over https, or over plain http to this machine only; elsewhere it is not sent at all. */
class KeyTransportTest {

    @Test
    void plainHttpToAnotherHostIsRefusedBeforeAnythingIsSent() {
        VlmSettings settings = VlmSettings.of("http://vlm.example.org:8000/v1", "m");
        ApiKey key = new ApiKeys(Map.of("SPATIALLIFT_VLM_API_KEY", "sk-SECRET")::get, SecretStore.NONE).find(settings);
        HttpTransport mustNotBeUsed = call -> {
            throw new AssertionError("nothing may be sent: " + call.uri());
        };
        VlmClient client = new VlmClient(settings, key, "Set the key", mustNotBeUsed, d -> { }, new Random(1));

        assertThatThrownBy(() -> client.complete(ChatRequest.of("How far?", VisionProbe.image(0xFF0000))))
                .isInstanceOfSatisfying(VlmException.class, e -> assertThat(e.kind()).isEqualTo(VlmException.Kind.AUTH))
                .hasMessageContaining("unencrypted").hasMessageContaining("vlm.example.org")
                .hasMessageNotContaining("sk-SECRET");
    }

    @Test
    void httpsAndThisMachineMayCarryTheKey() {
        assertThat(VlmClient.safeForKey(URI.create("https://api.example.org/v1/chat/completions"))).isTrue();
        assertThat(VlmClient.safeForKey(URI.create("http://localhost:11434/v1/chat/completions"))).isTrue();
        assertThat(VlmClient.safeForKey(URI.create("http://127.0.0.1:8000/v1/chat/completions"))).isTrue();
        assertThat(VlmClient.safeForKey(URI.create("http://[::1]:8000/v1/chat/completions"))).isTrue();
        assertThat(VlmClient.safeForKey(URI.create("http://192.168.1.20:8000/v1/chat/completions"))).isFalse();
        assertThat(VlmClient.safeForKey(URI.create("http://127.0.0.1.evil.org/v1/chat/completions"))).isFalse();
    }
}
