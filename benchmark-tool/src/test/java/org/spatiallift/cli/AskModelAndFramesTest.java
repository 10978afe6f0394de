package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code ask} with a vision-language model beside (a fake OpenAI-compatible server on 127.0.0.1 that sees the probe
 * images' colours and answers questions in words), and {@code ask --frames} over a list of frames: one value per frame,
 * the objects grounded in the first, and the series written as CSV, JSON, PNG and SVG.
 */
class AskModelAndFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeFrames() throws IOException {
        StringBuilder list = new StringBuilder("# three frames of the sample room\n");
        for (int i = 0; i < 3; i++) {
            Path f = dir.resolve("frame" + i);
            SampleSceneWriter.write(SampleScenes.builtIn(), f);
            list.append("frame").append(i).append("/rgb.png frame").append(i).append("/depth.png frame").append(i)
                    .append("/labels.png frame").append(i).append("/names.txt\n");
        }
        Files.writeString(dir.resolve("frames.txt"), list.toString());
    }

    @Test
    void aModelAnswersBesideWithItsNumberAndWhetherItAgrees() throws Exception {
        List<String> asked = new ArrayList<>();
        HttpServer server = fakeModel("The ball is roughly 40 meters from the chair.", asked);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            CliRun run = CliRun.of("ask", "--sample", "--json", "--vlm-url", url, "--vlm-model", "fake-vlm",
                    "How far is the ball from the chair?");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode a = JSON.readTree(run.out());
            JsonNode vlm = a.path("vlm");
            assertThat(vlm.path("answer").asText()).isEqualTo("The ball is roughly 40 meters from the chair.");
            assertThat(vlm.path("value").asDouble()).isEqualTo(40.0);
            assertThat(vlm.path("unit").asText()).isEqualTo("m");
            assertThat(vlm.path("agrees").asBoolean(true)).isFalse();
            assertThat(asked).as("two probe images, then the question").hasSize(3)
                    .last().isEqualTo("How far is the ball from the chair?");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withToolsAModelAnswersThroughTheGeometricToolsAndEveryCallIsShown() throws Exception {
        List<JsonNode> requests = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", x -> {
            JsonNode body;
            try (InputStream in = x.getRequestBody()) {
                body = JSON.readTree(in);
            }
            requests.add(body);
            JsonNode message = requests.size() == 1
                    ? JSON.readTree("{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", "
                            + "\"type\": \"function\", \"function\": {\"name\": \"list_objects\", \"arguments\": \"{}\"}}, "
                            + "{\"id\": \"c2\", \"type\": \"function\", \"function\": {\"name\": \"format_disk\", "
                            + "\"arguments\": \"{}\"}}]}")
                    : JSON.readTree("{\"role\": \"assistant\", \"content\": \"There are 9 objects.\"}");
            byte[] out = JSON.writeValueAsBytes(JSON.createObjectNode().set("choices", JSON.createArrayNode()
                    .add(JSON.createObjectNode().set("message", message))));
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, out.length);
            x.getResponseBody().write(out);
            x.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            CliRun run = CliRun.of("ask", "--sample", "--json", "--tools", "--vlm-url", url, "--vlm-model", "fake-llm",
                    "How many things are in the room?");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode a = JSON.readTree(run.out());
            assertThat(a.path("answer").asText()).isEqualTo("There are 9 objects.");
            assertThat(a.path("tool_calls")).hasSize(2);
            assertThat(a.path("tool_calls").get(0).path("tool").asText()).isEqualTo("list_objects");
            assertThat(a.path("tool_calls").get(0).path("result").asText()).contains("the cabinet");
            assertThat(a.path("tool_calls").get(1).path("error").asBoolean()).as("an unknown tool is refused").isTrue();
            assertThat(requests).hasSize(2);
            assertThat(requests.get(0).path("tools").toString()).contains("list_objects");
            assertThat(requests.get(1).path("messages").toString()).contains("\"role\":\"tool\"")
                    .contains("the cabinet");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aModelThatCannotBeReachedLeavesTheMeasuredAnswerStanding() throws Exception {
        CliRun run = CliRun.of("ask", "--sample", "--json", "--vlm-url", "http://127.0.0.1:9/v1", "--vlm-model", "x",
                "How tall is the cabinet?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.path("value").asDouble()).isBetween(0.97, 1.03);
        assertThat(a.path("vlm").path("answer").asText()).startsWith("(no answer from x: ");
        assertThat(a.path("vlm").path("agrees").isNull()).isTrue();
    }

    @Test
    void framesGiveOneValuePerFrameWrittenAsCsvJsonPngAndSvg() throws Exception {
        Path out = dir.resolve("series");
        CliRun single = CliRun.of("ask", "--sample", "--json", "How far is the ball from the chair?");
        CliRun run = CliRun.of("ask", "--frames", dir.resolve("frames.txt").toString(), "--out", out.toString(),
                "--json", "How far is the ball from the chair?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("frame 1/3").contains("frame 3/3");
        JsonNode series = JSON.readTree(run.out());
        double one = JSON.readTree(single.out()).path("value").asDouble();
        List<Double> values = new ArrayList<>();
        series.path("points").forEach(p -> values.add(p.path("value").asDouble()));
        // the frames' depth is read from millimetre PNGs, the sample's own from its exact render
        assertThat(values).hasSize(3).allSatisfy(v -> assertThat(v).isCloseTo(one, within(0.002)))
                .containsOnly(values.get(0));
        assertThat(Files.readAllLines(out.resolve("series.csv"))).hasSize(4);
        assertThat(Files.readString(out.resolve("series.svg"))).startsWith("<?xml").contains("<polyline");
        BufferedImage png = ImageIO.read(out.resolve("series.png").toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(Files.exists(out.resolve("series.json"))).isTrue();
    }

    @Test
    void aQuestionWithoutOneNumberPerFrameIsRefusedSayingWhatASeriesMeasures() {
        CliRun run = CliRun.of("ask", "--frames", dir.resolve("frames.txt").toString(), "--out",
                dir.resolve("refused").toString(), "Is the ball left of the chair?");

        assertThat(run.exitCode()).as("bad input").isEqualTo(1);
        assertThat(run.err()).contains("left_of").contains("one number per frame").contains("centre_distance");
        assertThat(Files.exists(dir.resolve("refused").resolve("series.csv"))).isFalse();
    }

    /** A chat-completions server on 127.0.0.1 naming a probe image's colour, answering {@code answer} otherwise. */
    private static HttpServer fakeModel(String answer, List<String> asked) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", x -> {
            JsonNode body;
            try (InputStream in = x.getRequestBody()) {
                body = JSON.readTree(in);
            }
            String text = "";
            String image = null;
            for (JsonNode part : body.path("messages").get(0).path("content")) {
                if (part.path("type").asText().equals("text")) {
                    text = part.path("text").asText();
                } else {
                    image = part.path("image_url").path("url").asText();
                }
            }
            asked.add(text);
            String reply = text.startsWith("What colour") ? colour(image) : answer;
            byte[] out = JSON.writeValueAsBytes(JSON.createObjectNode().set("choices", JSON.createArrayNode()
                    .add(JSON.createObjectNode().set("message", JSON.createObjectNode().put("role", "assistant")
                            .put("content", reply)))));
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, out.length);
            x.getResponseBody().write(out);
            x.close();
        });
        server.start();
        return server;
    }

    private static String colour(String dataUrl) throws IOException {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)
                .getBytes(StandardCharsets.US_ASCII));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int rgb = img.getRGB(0, 0) & 0xFFFFFF;
        return rgb == 0xFF0000 ? "Red." : rgb == 0x00FF00 ? "Green." : "Blue.";
    }
}
