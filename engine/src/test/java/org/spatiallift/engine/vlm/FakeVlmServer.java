package org.spatiallift.engine.vlm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible server on 127.0.0.1 (ephemeral port) that answers as a test scripts it, and records what it
 * was sent.
 */
final class FakeVlmServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the server saw it. */
    record Seen(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** An answer: status, body, extra headers, and a delay before it (ms). */
    record Answer(int status, String body, Map<String, String> headers, long delayMs) {
        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of(), 0);
        }

        /** A chat completion whose first choice says {@code text}. */
        static Answer text(String text) {
            return json(200, JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                    .put("model", "fake-model").set("choices", JSON.createArrayNode().add(JSON.createObjectNode()
                            .put("index", 0).put("finish_reason", "stop").set("message", JSON.createObjectNode()
                                    .put("role", "assistant").put("content", text)))).toString());
        }

        Answer withHeader(String name, String value) {
            return new Answer(status, body, Map.of(name, value), delayMs);
        }

        Answer delayed(long ms) {
            return new Answer(status, body, headers, ms);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    FakeVlmServer(Function<Seen, Answer> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> handle(exchange, handler));
        server.setExecutor(executor);
        server.start();
    }

    /** A server that gives {@code answers} in order, the last one again and again. */
    static FakeVlmServer scripted(Answer... answers) throws IOException {
        int[] next = {0};
        return new FakeVlmServer(s -> {
            synchronized (next) {
                return answers[Math.min(next[0]++, answers.length - 1)];
            }
        });
    }

    private void handle(HttpExchange exchange, Function<Seen, Answer> handler) throws IOException {
        try (exchange) {
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : JSON.readTree(in);
            Seen s = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            seen.add(s);
            Answer a = handler.apply(s);
            if (a.delayMs() > 0) {
                try {
                    Thread.sleep(a.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (a timeout test) or the handler's assertion failed: the test sees it through seen()
            exchange.close();
        }
    }

    /** The base URL with /v1. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The base URL without /v1. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        server.stop(0);
    }
}
