package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.spatiallift.engine.vlm.FakeVlmServer.Answer;

class VisionProbeTest {

    private final TestClients clients = new TestClients();

    /** A server that sees: it decodes the data URL and names the colour of its first pixel. */
    static Answer seeing(FakeVlmServer.Seen s) {
        JsonNode parts = s.body().path("messages").get(0).path("content");
        for (JsonNode p : parts) {
            if (p.path("type").asText().equals("image_url")) {
                String url = p.path("image_url").path("url").asText();
                try {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                            Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
                    int rgb = img.getRGB(img.getWidth() / 2, img.getHeight() / 2) & 0xFFFFFF;
                    String name = rgb == 0xFF0000 ? "Red." : rgb == 0x00FF00 ? "Green" : rgb == 0x0000FF ? "blue"
                            : "grey";
                    return Answer.text(name);
                } catch (IOException e) {
                    return Answer.json(400, "{\"error\": \"cannot decode\"}");
                }
            }
        }
        return Answer.text("I cannot see an image.");
    }

    @Test
    void aServerThatSeesNamesEachColourAndIsAskedOnce() throws Exception {
        try (FakeVlmServer server = new FakeVlmServer(VisionProbeTest::seeing)) {
            VisionProbe probe = new VisionProbe(new Random(1), 2);
            VlmClient client = clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.NONE);

            ProbeResult first = probe.probe(client);
            ProbeResult again = probe.probe(client);

            assertThat(first.status()).isEqualTo(ProbeResult.Status.SEES_IMAGES);
            assertThat(first.seesImages()).isTrue();
            assertThat(again).isSameAs(first);
            assertThat(server.seen()).hasSize(2);
            assertThat(server.seen()).extracting(s -> s.body().path("messages").get(0).path("content").get(0)
                    .path("text").asText()).containsOnly(VisionProbe.QUESTION);
            String url0 = server.seen().get(0).body().toString(), url1 = server.seen().get(1).body().toString();
            assertThat(url0).as("two different colours").isNotEqualTo(url1);
        }
    }

    @Test
    void aServerThatDropsImagesIsFoundOut() throws Exception {
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("White."))) {
            ProbeResult r = new VisionProbe(new Random(1), 2)
                    .probe(clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.NONE));

            assertThat(r.status()).isEqualTo(ProbeResult.Status.IGNORES_IMAGES);
            assertThat(r.answer()).isEqualTo("White.");
            assertThat(r.message()).contains("ignores images");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void aModelThatAlwaysSaysOneColourIsCaughtByTheSecondRound() throws Exception {
        for (String guess : new String[] {"red", "green", "blue"}) {
            try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text(guess))) {
                VlmClient client = clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.NONE);
                for (long seed = 0; seed < 6; seed++) {
                    ProbeResult r = new VisionProbe(new Random(seed), 2).probe(client);
                    assertThat(r.status()).as("always %s, seed %d", guess, seed)
                            .isEqualTo(ProbeResult.Status.IGNORES_IMAGES);
                }
            }
        }
    }

    @Test
    void aServerWithoutVisionProjectorIsNoVisionAndRemembered() throws Exception {
        String llama = "{\"error\": {\"code\": 500, \"message\": \"image input is not supported - hint: if this is "
                + "unexpected, you may need to provide the mmproj\", \"type\": \"server_error\"}}";
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.json(500, llama))) {
            VisionProbe probe = new VisionProbe(new Random(1), 2);
            VlmClient client = clients.client(server.baseUrl(), ApiKey.NONE, RetryPolicy.DEFAULT);

            ProbeResult r = probe.probe(client);
            probe.probe(client);

            assertThat(r.status()).isEqualTo(ProbeResult.Status.NO_VISION);
            assertThat(r.message()).contains("no vision projector");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void aProbeThatCannotBeAskedIsNotRemembered() throws Exception {
        String base;
        try (FakeVlmServer server = FakeVlmServer.scripted(Answer.text("red"))) {
            base = server.baseUrl();
        }
        VisionProbe probe = new VisionProbe(new Random(1), 2);
        VlmClient client = clients.client(base, ApiKey.NONE, RetryPolicy.NONE);

        ProbeResult r = probe.probe(client);

        assertThat(r.status()).isEqualTo(ProbeResult.Status.FAILED);
        assertThat(probe.cached(base + " fake-model")).isNull();
    }

    @Test
    void theAskerRefusesAModelThatIgnoresImagesAndAnswersWithOneThatSees() throws Exception {
        try (FakeVlmServer blind = FakeVlmServer.scripted(Answer.text("I think it is about 2 meters."))) {
            VlmAsker asker = new VlmAsker(clients.client(blind.baseUrl(), ApiKey.NONE, RetryPolicy.NONE),
                    new VisionProbe(new Random(3), 2));
            VlmException e = catchThrowableOfType(() -> asker.ask(VisionProbe.image(0x808080), "How far?"),
                    VlmException.class);

            assertThat(e.kind()).isEqualTo(VlmException.Kind.NO_VISION);
            assertThat(e.getMessage()).contains("does not see images");
        }
        try (FakeVlmServer seeing = new FakeVlmServer(s -> s.body().toString().contains("How far")
                ? Answer.text("Roughly 1.2 m.") : seeing(s))) {
            VlmAsker asker = new VlmAsker(clients.client(seeing.baseUrl(), ApiKey.NONE, RetryPolicy.NONE),
                    new VisionProbe(new Random(3), 2));
            VlmReply r = asker.ask(VisionProbe.image(0x808080).bytes(), "How far?");

            assertThat(r.value()).isEqualTo(1.2);
            assertThat(r.agreement(GeometricAnswer.quantity(1.0, "m")).agrees()).isTrue();
            assertThat(seeing.seen()).hasSize(3);
        }
    }
}
