package org.spatiallift.engine.vlm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible chat completions client (Ollama, vLLM, llama.cpp's llama-server, LM Studio, OpenAI): posts
 * {@code {base}/v1/chat/completions} with temperature 0, images as base64 data URLs, the API key (when there is one)
 * as a Bearer token. Retries 429 and 5xx answers (except llama.cpp's 500 for a missing vision projector) with
 * exponential backoff and jitter, honouring Retry-After ({@link RetryPolicy}); follows a redirect only within the
 * same origin (307/308); every failure is a {@link VlmException} of one {@link VlmException.Kind}. The key never
 * reaches a log line or a message. Thread-safe.
 */
public final class VlmClient implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(VlmClient.class);
    private static final int MAX_REDIRECTS = 3;

    private final VlmSettings settings;
    private final ApiKey key;
    private final String authAdvice;
    private final HttpTransport transport;
    private final Sleeper sleeper;
    private final Random random;

    /**
     * A client for {@code settings}.
     *
     * @param key        the API key, or {@link ApiKey#NONE}
     * @param authAdvice how to give a key, said when the server refuses it
     * @param transport  the network
     * @param sleeper    waits between attempts
     * @param random     jitter for the waits
     */
    public VlmClient(VlmSettings settings, ApiKey key, String authAdvice, HttpTransport transport, Sleeper sleeper,
                     Random random) {
        this.settings = settings;
        this.key = key;
        this.authAdvice = authAdvice;
        this.transport = transport;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** A client over the network, its key read from the environment variable the settings name or the keystore. */
    public static VlmClient connect(VlmSettings settings) {
        ApiKeys keys = ApiKeys.system();
        return new VlmClient(settings, keys.find(settings), keys.hint(settings),
                new JdkHttpTransport(settings.connectTimeout()), Sleeper.REAL, new Random());
    }

    public VlmSettings settings() {
        return settings;
    }

    /**
     * Asks the model {@code question} about {@code image} and reads a number, yes/no or choice out of the answer
     * ({@link VlmAnswer#parse}).
     */
    public VlmReply ask(ImagePayload image, String question) throws VlmException {
        ChatReply r = complete(ChatRequest.of(question, image));
        String text = r.text() == null ? "" : r.text().strip();
        return new VlmReply(text, VlmAnswer.parse(text), r.model() != null ? r.model() : settings.model());
    }

    /** True when a key may go to {@code uri}: over https, or over http to this machine only. */
    static boolean safeForKey(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return true;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return host.equals("localhost") || host.equals("::1") || host.equals("[::1]")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    @Override
    public ChatReply complete(ChatRequest request) throws VlmException {
        URI uri = settings.chatCompletions();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (key.present()) {
            if (!safeForKey(uri)) {
                throw new VlmException(VlmException.Kind.AUTH, Endpoints.redact(uri), 0, "the API key would travel "
                        + "unencrypted (plain http) to " + uri.getHost() + ", which is not this machine; not sent", null,
                        "Use the server's https address, or a server on this machine (localhost)");
            }
            headers.put("Authorization", "Bearer " + key.reveal());
        }
        HttpCall call = new HttpCall(uri, headers, ChatJson.body(settings.model(), settings.maxTokens(), request),
                settings.requestTimeout());
        RetryPolicy retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            HttpReply reply = send(call);
            String url = Endpoints.redact(call.uri());
            int status = reply.status();
            LOG.debug("VLM {} model {} attempt {}/{}: HTTP {}", url, settings.model(), attempt, retry.maxAttempts(),
                    status);
            if (status >= 200 && status < 300) {
                return success(reply, url, request.hasImages());
            }
            VlmException error = ServerErrors.classify(status, reply.body(), url, settings.model(), authAdvice);
            boolean retriable = (status == 429 || status >= 500) && error.kind() != VlmException.Kind.NO_VISION;
            if (!retriable || attempt >= retry.maxAttempts()) {
                throw attempt > 1 ? again(error, attempt) : error;
            }
            Duration retryAfter = retryAfter(reply.header("Retry-After"));
            if (retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
                throw new VlmException(error.kind(), url, status, "the server asks to wait "
                        + retryAfter.toSeconds() + " s before asking again (HTTP " + status + ")",
                        error.serverMessage(), "Ask again after that time", null);
            }
            Duration wait = retry.delay(attempt + 1, retryAfter, random);
            LOG.info("VLM {} answered HTTP {}; asking again in {} ms (attempt {} of {})", url, status,
                    wait.toMillis(), attempt + 1, retry.maxAttempts());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VlmException(VlmException.Kind.UNREACHABLE, url, 0, "interrupted while waiting to retry",
                        null, null, e);
            }
        }
    }

    private static VlmException again(VlmException e, int attempts) {
        return new VlmException(e.kind(), e.url(), e.status(), e.problem() + ", still after " + attempts + " attempts",
                e.serverMessage(), e.advice(), null);
    }

    /** Sends {@code call}, following same-origin 307/308 redirects. */
    private HttpReply send(HttpCall first) throws VlmException {
        HttpCall call = first;
        for (int hop = 0; ; hop++) {
            HttpReply reply = sendOnce(call);
            int s = reply.status();
            if (s < 300 || s >= 400) {
                return reply;
            }
            String url = Endpoints.redact(call.uri());
            String location = reply.header("Location");
            URI to = location == null ? null : resolve(call.uri(), location);
            if (to == null || (s != 307 && s != 308) || !Endpoints.sameOrigin(first.uri(), to)
                    || hop >= MAX_REDIRECTS) {
                throw new VlmException(VlmException.Kind.BAD_RESPONSE, url, s, "the server redirects (HTTP " + s
                        + (to == null ? "" : " to " + Endpoints.redact(to)) + "), which is not followed"
                        + (to != null && !Endpoints.sameOrigin(first.uri(), to) ? " to another host" : ""), null,
                        "Give the address the server redirects to as the base URL, if you trust it");
            }
            call = call.to(to);
        }
    }

    private HttpReply sendOnce(HttpCall call) throws VlmException {
        String url = Endpoints.redact(call.uri());
        try {
            return transport.send(call);
        } catch (HttpConnectTimeoutException e) {
            throw new VlmException(VlmException.Kind.UNREACHABLE, url, 0, "no connection within "
                    + settings.connectTimeout().toSeconds() + " s", null,
                    "Check that the server is running and the address is right", e);
        } catch (HttpTimeoutException e) {
            throw new VlmException(VlmException.Kind.TIMEOUT, url, 0, "no answer within "
                    + settings.requestTimeout().toMillis() / 1000.0 + " s", null,
                    "Give the model more time (a larger request timeout), or use a smaller model", e);
        } catch (ConnectException e) {
            throw new VlmException(VlmException.Kind.UNREACHABLE, url, 0, "connection refused", null,
                    "Start the server, or check the address and port", e);
        } catch (IOException e) {
            throw new VlmException(VlmException.Kind.UNREACHABLE, url, 0, "the connection failed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    null, "Check that the server is running and reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VlmException(VlmException.Kind.UNREACHABLE, url, 0, "interrupted", null, null, e);
        }
    }

    private ChatReply success(HttpReply reply, String url, boolean hadImages) throws VlmException {
        JsonNode root = ChatJson.tree(reply.body());
        if (root == null || !root.isObject()) {
            throw new VlmException(VlmException.Kind.BAD_RESPONSE, url, reply.status(),
                    "the answer is not JSON", ServerError.of(reply.body(), null).message(),
                    "Check that the base URL points at an OpenAI-compatible API (…/v1)");
        }
        VlmException error = ServerErrors.inSuccess(root, reply.body(), url, settings.model(), authAdvice);
        if (error != null) {
            throw error;
        }
        ChatReply r = ChatJson.reply(root);
        if (r == null) {
            throw hadImages
                    ? new VlmException(VlmException.Kind.NO_VISION, url, reply.status(),
                    "model " + settings.model() + " gave no answer (no choices); is it a vision model?", null,
                    "Choose a model that takes images")
                    : new VlmException(VlmException.Kind.BAD_RESPONSE, url, reply.status(),
                    "model " + settings.model() + " gave no answer (no choices)", null, "Check the server's log");
        }
        return r;
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Retry-After as seconds or an HTTP date, or null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long s = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, s));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
