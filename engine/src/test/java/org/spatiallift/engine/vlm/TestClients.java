package org.spatiallift.engine.vlm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Clients for the fake servers: real HTTP on 127.0.0.1, waits recorded instead of slept. */
final class TestClients {

    /** The waits the client asked for, in order. */
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    VlmClient client(String baseUrl, ApiKey key, RetryPolicy retry) {
        return client(VlmSettings.of(baseUrl, "fake-model").withRetry(retry), key);
    }

    VlmClient client(VlmSettings settings, ApiKey key) {
        return new VlmClient(settings, key, "Set the environment variable " + settings.apiKeyVariable(),
                new JdkHttpTransport(settings.connectTimeout()), sleeps::add, new Random(7));
    }
}
