package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.spatiallift.engine.vlm.FakeVlmServer.Answer;

/**
 * The API key reaches the server's Authorization header and nothing else: no log line at any level, no exception
 * message, no toString of settings, key, call or request.
 */
class ApiKeyNeverShownTest {

    private static final String KEY = "sk-SECRET-4f9a7c21d3";
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger vlmLogger;
    private Level before;

    @BeforeEach
    void captureEveryLogLine() throws Exception {
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(VisionProbe.image(0).bytes())); // decoders loaded
        vlmLogger = (Logger) LoggerFactory.getLogger("org.spatiallift.engine.vlm");
        before = vlmLogger.getLevel();
        vlmLogger.setLevel(Level.TRACE);
        appender.start();
        vlmLogger.addAppender(appender);
    }

    @AfterEach
    void release() {
        vlmLogger.detachAppender(appender);
        vlmLogger.setLevel(before);
    }

    @Test
    void theKeyGoesOnlyIntoTheAuthorizationHeader() throws Exception {
        List<String> texts = new ArrayList<>();
        ApiKey key = ApiKeys.class.cast(new ApiKeys(Map.of("SPATIALLIFT_VLM_API_KEY", KEY)::get, SecretStore.NONE))
                .find(VlmSettings.of("http://127.0.0.1:1/v1", "m"));
        List<Answer> script = List.of(
                Answer.json(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-SECR**********\"}}"),
                Answer.json(503, "overloaded"), Answer.json(503, "overloaded"),
                Answer.json(429, "{\"error\": \"slow\"}").withHeader("Retry-After", "1"), Answer.text("2 m"),
                Answer.text("late").delayed(4000));
        int[] next = {0};
        try (FakeVlmServer server = new FakeVlmServer(s -> s.body().toString().contains(VisionProbe.QUESTION)
                ? VisionProbeTest.seeing(s) : script.get(Math.min(next[0]++, script.size() - 1)))) {
            VlmSettings settings = VlmSettings.of(server.baseUrl(), "fake-model")
                    .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)))
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2));
            VlmClient client = new VlmClient(settings, key, "Set " + settings.apiKeyVariable(),
                    new JdkHttpTransport(settings.connectTimeout()), d -> { }, new Random(1));
            ProbeResult probe = new VisionProbe(new Random(5), 2).probe(client);
            texts.add(probe.message());
            assertThat(probe.seesImages()).as(probe.message()).isTrue();
            for (int i = 0; i < 4; i++) {
                try {
                    texts.add(client.ask(VisionProbe.image(0xFF0000), "How far?").toString());
                } catch (VlmException e) {
                    texts.add(e.getMessage());
                    texts.add(String.valueOf(e.serverMessage()));
                    texts.add(String.valueOf(e.advice()));
                }
            }
            texts.add(settings.toString());
            texts.add(key.toString());
            texts.add(new HttpCall(settings.chatCompletions(), Map.of("Authorization", "Bearer " + KEY), new byte[3],
                    Duration.ofSeconds(1)).toString());
            assertThat(server.seen()).as("the server got the key").allSatisfy(
                    s -> assertThat(s.header("Authorization")).isEqualTo("Bearer " + KEY));
            assertThat(server.seen()).hasSizeGreaterThanOrEqualTo(7);
        }
        for (ILoggingEvent e : appender.list) {
            texts.add(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getMessage());
            }
        }

        assertThat(appender.list).as("something was logged").isNotEmpty();
        assertThat(texts).hasSizeGreaterThan(10).noneMatch(t -> t != null && t.contains(KEY));
        assertThat(texts).anyMatch(t -> t.contains("refuses the API key"));
        assertThat(texts).anyMatch(t -> t.contains("no answer within"));
    }
}
