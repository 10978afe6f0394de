package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.spatiallift.engine.vlm.FakeVlmServer.Answer;

class VlmClientTest {

    private final TestClients clients = new TestClients();
    private final ImagePayload red = VisionProbe.image(0xFF0000);

    @Test
    void askSendsModelTextImageDataUrlAndTemperatureZero() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("About 2 meters."))) {
            VlmReply reply = clients.client(server.baseUrl(), ApiKey.of("sk-test", "test"), RetryPolicy.NONE)
                    .ask(red, "How far is the chair from the table?");

            assertThat(reply.text()).isEqualTo("About 2 meters.");
            assertThat(reply.value()).isEqualTo(2.0);
            assertThat(reply.unit()).isEqualTo("m");
            FakeVlmServer.Seen seen = server.seen().get(0);
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.path()).isEqualTo("/v1/chat/completions");
            assertThat(seen.header("Authorization")).isEqualTo("Bearer sk-test");
            assertThat(seen.header("Content-Type")).startsWith("application/json");
            JsonNode body = seen.body();
            assertThat(body.path("model").asText()).isEqualTo("fake-model");
            assertThat(body.path("temperature").asDouble(-1)).isZero();
            assertThat(body.path("max_tokens").asInt()).isEqualTo(256);
            JsonNode content = body.path("messages").get(0).path("content");
            assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
            assertThat(content.get(0).path("type").asText()).isEqualTo("text");
            assertThat(content.get(0).path("text").asText()).isEqualTo("How far is the chair from the table?");
            assertThat(content.get(1).path("type").asText()).isEqualTo("image_url");
            String url = content.get(1).path("image_url").path("url").asText();
            assertThat(url).startsWith("data:image/png;base64,");
            assertThat(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))).isEqualTo(red.bytes());
            assertThat(body.has("tools")).isFalse();
        }
    }

    @Test
    void baseUrlWithoutV1ReachesTheSameAddressAndNoKeyMeansNoAuthorization() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("Yes."))) {
            VlmReply reply = clients.client(server.root(), ApiKey.NONE, RetryPolicy.NONE).ask(red, "Is it red?");

            assertThat(reply.answer().yes()).isTrue();
            assertThat(server.seen().get(0).path()).isEqualTo("/v1/chat/completions");
            assertThat(server.seen().get(0).header("Authorization")).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ollama rejects link images      | 400 | {"error": {"message": "image URLs are not currently supported", "type": "invalid_request_error", "param": null, "code": null}} | BAD_REQUEST | image URLs are not currently supported | data URLs
            Ollama model not found          | 404 | {"error": {"message": "model \\"llava:7b\\" not found, try pulling it first", "type": "api_error", "param": null, "code": null}} | NOT_FOUND | not found, try pulling it first | ollama pull fake-model
            vLLM old too many images        | 400 | {"object": "error", "message": "At most 1 image(s) may be provided in one request.", "type": "BadRequestError", "param": null, "code": 400} | BAD_REQUEST | At most 1 image(s) | --limit-mm-per-prompt
            vLLM old unknown model          | 404 | {"object": "error", "message": "The model `fake-model` does not exist.", "type": "NotFoundError", "param": null, "code": 404} | NOT_FOUND | does not exist | GET …/v1/models
            vLLM new shape                  | 400 | {"error": {"message": "max_tokens is too large", "type": "BadRequestError", "param": null, "code": 400}} | BAD_REQUEST | max_tokens is too large | server's message
            LM Studio string error          | 400 | {"error": "'url' field must be a base64 encoded image."} | BAD_REQUEST | 'url' field must be a base64 encoded image. | server's message
            llama.cpp without mmproj        | 500 | {"error": {"code": 500, "message": "image input is not supported - hint: if this is unexpected, you may need to provide the mmproj", "type": "server_error"}} | NO_VISION | image input is not supported | --mmproj
            key refused                     | 401 | {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}} | AUTH | Incorrect API key provided | SPATIALLIFT_VLM_API_KEY
            no API at this path             | 404 | {"detail": "Not Found"} | NOT_FOUND | Not Found | end in /v1
            """)
    void errorShapesBecomeOneKindWithTheServersMessage(String name, int status, String body, VlmException.Kind kind,
                                                       String serverSays, String advice) throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.json(status, body))) {
            VlmException e = catchThrowableOfType(() -> clients.client(server.baseUrl(), ApiKey.NONE,
                    RetryPolicy.DEFAULT).ask(red, "Is it red?"), VlmException.class);

            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.serverMessage()).contains(serverSays);
            assertThat(e.getMessage()).startsWith(server.baseUrl() + "/chat/completions: ").contains(advice);
            assertThat(server.seen()).as("not retried").hasSize(1);
            assertThat(clients.sleeps).isEmpty();
        }
    }

    @Test
    void lmStudioAnswerWithoutChoicesAsksWhetherItIsAVisionModel() throws Exception {
        String noChoices = "{\"id\": \"chatcmpl-9\", \"object\": \"chat.completion\", \"created\": 1, \"model\": "
                + "\"qwen2.5-7b-instruct\", \"usage\": {\"prompt_tokens\": 0}}";
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.json(200, noChoices))) {
            VlmException e = catchThrowableOfType(() -> clients.client(server.baseUrl(), ApiKey.NONE,
                    RetryPolicy.DEFAULT).ask(red, "Is it red?"), VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.NO_VISION);
            assertThat(e.getMessage()).contains("gave no answer").contains("is it a vision model?");
        }
    }

    @Test
    void anAnswerThatIsNotJsonIsABadResponse() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.json(200, "<html>Welcome to nginx</html>"))) {
            VlmException e = catchThrowableOfType(() -> clients.client(server.baseUrl(), ApiKey.NONE,
                    RetryPolicy.DEFAULT).ask(red, "Is it red?"), VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.BAD_RESPONSE);
            assertThat(e.serverMessage()).contains("Welcome to nginx");
        }
    }

    @Test
    void rateLimitedThenAnsweredWaitsAsRetryAfterSays() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(
                Answer.json(429, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"rate_limit\"}}")
                        .withHeader("Retry-After", "2"),
                Answer.text("1.5 m"))) {
            VlmReply reply = clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.DEFAULT).ask(red, "How far?");

            assertThat(reply.value()).isEqualTo(1.5);
            assertThat(server.seen()).hasSize(2);
            assertThat(clients.sleeps).containsExactly(Duration.ofSeconds(2));
        }
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredWaitsThenReported() throws Exception {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.json(503, "Service Unavailable"))) {
            VlmException e = catchThrowableOfType(() -> clients.client(server.baseUrl(), ApiKey.NONE, policy)
                    .ask(red, "How far?"), VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.SERVER);
            assertThat(e.getMessage()).contains("HTTP 503").contains("still after 4 attempts");
            assertThat(server.seen()).hasSize(4);
            assertThat(clients.sleeps).hasSize(3);
            for (int k = 0; k < 3; k++) {
                long full = 500L << k;
                assertThat(clients.sleeps.get(k).toMillis()).as("wait %d", k).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void aRetryAfterLongerThanTheBoundFailsAtOnce() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(
                Answer.json(429, "{\"error\": \"slow down\"}").withHeader("Retry-After", "3600"))) {
            VlmException e = catchThrowableOfType(() -> clients.client(server.baseUrl(), ApiKey.NONE,
                    RetryPolicy.DEFAULT).ask(red, "How far?"), VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("asks to wait 3600 s");
            assertThat(server.seen()).hasSize(1);
            assertThat(clients.sleeps).isEmpty();
        }
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsATimeout() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("late").delayed(5000))) {
            VlmSettings settings = VlmSettings.of(server.baseUrl(), "fake-model")
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
            VlmException e = catchThrowableOfType(() -> clients.client(settings, ApiKey.NONE).ask(red, "How far?"),
                    VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.TIMEOUT);
            assertThat(e.getMessage()).contains("no answer within 0.3 s");
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        String base;
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("x"))) {
            base = server.baseUrl();
        }
        VlmException e = catchThrowableOfType(() -> clients.client(base, ApiKey.NONE, RetryPolicy.DEFAULT)
                .ask(red, "How far?"), VlmException.class);

        assertThat(e.kind()).isEqualTo(VlmException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).startsWith(base + "/chat/completions: ");
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedOneWithinTheServerIs() throws Exception {
        try (FakeVlmServer other = FakeVlmServer.scripted(Answer.text("from the other host"));
             FakeVlmServer server = new FakeVlmServer(s -> s.path().startsWith("/v2")
                     ? Answer.text("moved here")
                     : s.header("X-Which") == null && s.path().endsWith("completions")
                     ? Answer.json(307, "").withHeader("Location", "/v2/chat/completions")
                     : Answer.json(500, "unexpected"))) {
            VlmReply r = clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.NONE).ask(red, "Where?");
            assertThat(r.text()).isEqualTo("moved here");
            assertThat(server.seen()).extracting(FakeVlmServer.Seen::path)
                    .containsExactly("/v1/chat/completions", "/v2/chat/completions");

            String elsewhere = other.root().replace("127.0.0.1", "localhost") + "/v1/chat/completions";
            try (FakeVlmServer redirecting = FakeVlmServer.scripted(
                    Answer.json(307, "").withHeader("Location", elsewhere))) {
                VlmException e = catchThrowableOfType(() -> clients.client(redirecting.baseUrl(), ApiKey.of("sk-x",
                        "test"), RetryPolicy.NONE).ask(red, "Where?"), VlmException.class);
                assertThat(e.kind()).isEqualTo(VlmException.Kind.BAD_RESPONSE);
                assertThat(e.getMessage()).contains("not followed to another host");
                assertThat(other.seen()).isEmpty();
            }
        }
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(VlmClient.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(VlmClient.retryAfter("-3")).isEqualTo(Duration.ZERO);
        assertThat(VlmClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(VlmClient.retryAfter("soon")).isNull();
        assertThat(VlmClient.retryAfter(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            http://localhost:11434,                         http://localhost:11434/v1
            http://localhost:11434/,                        http://localhost:11434/v1
            http://localhost:11434/v1,                      http://localhost:11434/v1
            http://localhost:11434/v1/,                     http://localhost:11434/v1
            http://localhost:1234/v1/chat/completions,      http://localhost:1234/v1
            https://api.example.org/openai/v1,              https://api.example.org/openai/v1
            HTTP://Host:8000,                               http://Host:8000/v1
            """)
    void baseUrlsAreNormalisedToV1(String given, String base) {
        assertThat(Endpoints.base(given)).hasToString(base);
        assertThat(Endpoints.chatCompletions(Endpoints.base(given))).hasToString(base + "/chat/completions");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://user:sk-secret@localhost:8000/v1 | user info
            http://localhost:8000/v1?key=sk-secret   | user info
            ftp://localhost/v1                       | not an http(s) URL
            localhost:8000                           | not an http(s) URL
            """)
    void badBaseUrlsAreRefusedWithoutEchoingSecrets(String given, String problem) {
        assertThatThrownBy(() -> Endpoints.base(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem).hasMessageNotContaining("sk-secret");
    }

    @Test
    void settingsNeedAModel() {
        assertThatThrownBy(() -> VlmSettings.of("http://localhost:11434", " "))
                .hasMessageContaining("VLM model: none given");
    }

}
