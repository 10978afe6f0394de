package org.spatiallift.app.viewmodel;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.StoredChat;
import org.spatiallift.engine.sample.FurnitureTemplate;
import org.spatiallift.engine.sample.ObjectSpec;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.sample.SceneRenderer;
import org.spatiallift.engine.sample.SceneSpec;
import org.spatiallift.engine.sample.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * The Chat tab's view model on the built-in sample scene: answers measured by the same code as the QA tab's, drawn
 * where they were measured, saved in the project with their scene and shown again; "this" is the selected object;
 * a description that fits two chairs is asked back with both as candidates; a model on a fake server on 127.0.0.1
 * answers beside, with whether it agrees.
 */
class ChatViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private ChatViewModel chat;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        viewModel.qa().newProject(dir.resolve("project.db"));
        chat = viewModel.chat();
        viewModel.openSample();
    }

    @Test
    void aQuestionFromTheQaTabGetsTheSameMeasuredValueWithIntervalFrameAndMarks() {
        QaRow row = null;
        for (int seed = 0; row == null && seed < 30; seed++) {
            row = viewModel.qa().rows().stream().filter(r -> r.category().equals("centre_distance")).findFirst()
                    .orElse(null);
            viewModel.qa().newSeed();
        }
        assertThat(row).as("a centre distance among the sample's QA of 30 seeds").isNotNull();

        ChatEntry e = ask(row.question());

        assertThat(e.state()).isEqualTo(ChatEntry.State.ANSWERED);
        double qaValue = Double.parseDouble(row.value().replace(" m", ""));
        assertThat(e.measured()).contains("canonical frame").matches(".*\\(\\d\\.\\d{3}–\\d\\.\\d{3} m\\).*");
        assertThat(Double.parseDouble(e.measured().substring(0, e.measured().indexOf(" m")))).isCloseTo(qaValue,
                within(0.0006));
        assertThat(e.howMeasured()).isNotBlank();
        QaOverlay o = chat.overlayProperty().get();
        assertThat(o).as("the answer on show draws what it measured").isNotNull();
        assertThat(o.objects()).extracting(ObjectMarker::id).containsExactlyInAnyOrderElementsOf(row.objectIds());
        assertThat(o.segments()).singleElement().satisfies(s -> assertThat(s.lengthM()).isCloseTo(qaValue,
                within(0.0006)));
        JsonNode json = json(e);
        assertThat(json.path("intent").asText()).isEqualTo("centre_distance");
        assertThat(json.path("value").asDouble()).isCloseTo(qaValue, within(0.0006));
        assertThat(json.path("interval")).hasSize(2);
    }

    @Test
    void thisIsTheSelectedObject() {
        ObjectMarker cabinet = marker("cabinet");
        viewModel.objects().select(cabinet.id());

        ChatEntry e = ask("How tall is this?");

        assertThat(e.question()).isEqualTo("How tall is this?");
        assertThat(json(e).path("intent").asText()).isEqualTo("height");
        assertThat(json(e).path("objects")).singleElement().satisfies(o -> assertThat(o.path("id").asInt())
                .isEqualTo(cabinet.id()));
        assertThat(json(e).path("value").asDouble()).isCloseTo(1.0, within(0.05));
        assertThat(viewModel.objects().selectedProperty().get()).as("the selection stays for the next question")
                .isEqualTo(cabinet);
    }

    @Test
    void theHeightOfTheLampHalfHiddenBehindThePlantIsNotStated() {
        viewModel.objects().select(marker("floor lamp").id());

        ChatEntry e = ask("How tall is this?");

        assertThat(e.measured()).as(e.answer()).isEmpty();
        assertThat(json(e).path("value").isNull()).isTrue();
        assertThat(e.answer()).containsIgnoringCase("lamp");
    }

    @Test
    void questionsAreSavedWithTheirSceneAndShownAgainWhenTheSceneOpensAgain() throws Exception {
        ask("How far is the ball from the chair?");
        ask("What is in this scene?");

        viewModel.openSample();

        assertThat(chat.entries()).extracting(ChatEntry::question)
                .containsExactly("How far is the ball from the chair?", "What is in this scene?");
        assertThat(chat.entries().get(0).measured()).contains(" m");
        assertThat(json(chat.entries().get(0)).path("intent").asText()).isEqualTo("centre_distance");
        viewModel.qa().close();
        try (ProjectDatabase db = ProjectDatabase.open(dir.resolve("project.db"))) {
            assertThat(db.chats("sample")).singleElement().satisfies(c -> {
                assertThat(c.turns()).isEqualTo(2);
                assertThat(c.sceneJson()).contains("\"ball\"").contains("aabb_min_canonical_m");
            });
            assertThat(db.chatTurns(db.chats("sample").get(0).id()).get(0).answerJson()).contains("\"interval\"");
        }
    }

    @Test
    void aDescriptionThatFitsTwoChairsIsAskedBackAndAChoiceAnswersIt() throws Exception {
        SceneSpec sample = SampleScenes.builtInSpec();
        List<ObjectSpec> objects = new ArrayList<>(sample.objects());
        objects.add(ObjectSpec.furniture("second chair", FurnitureTemplate.CHAIR, Shape.BOX, 0x3a86ff, 1.5, 4.2,
                new Vec3(0.46, 0.46, 0.9), -90));
        Path folder = dir.resolve("two-chairs");
        SampleSceneWriter.write(new SceneRenderer().render(new SceneSpec(sample.room(), sample.camera(), objects)),
                folder);
        Path names = folder.resolve("names.txt");
        Files.writeString(names, Files.readString(names).replace("second chair", "chair")); // two objects called chair
        viewModel.open(new OpenRequest(folder.resolve("rgb.png"), folder.resolve("depth.png"), null, null, null,
                folder.resolve("labels.png"), names));
        assertThat(viewModel.objects().objects()).filteredOn(m -> m.name().equals("chair")).hasSize(2);

        ChatEntry asked = ask("Is the chair to the left of the sofa?");

        assertThat(asked.clarification()).as(asked.answer()).isTrue();
        assertThat(asked.measured()).isEmpty();
        assertThat(asked.candidates()).hasSize(2);
        ChatCandidate first = asked.candidates().get(0);
        chat.select(asked.id());
        assertThat(chat.overlayProperty().get().objects()).as("the candidates are highlighted")
                .extracting(ObjectMarker::id).containsExactlyInAnyOrderElementsOf(asked.candidates().stream()
                        .map(ChatCandidate::objectId).toList());
        assertThat(chat.overlayProperty().get().segments()).isEmpty();

        chat.choose(asked, first);

        ChatEntry answered = chat.entries().get(chat.entries().size() - 1);
        assertThat(answered.question()).isEqualTo(first.description());
        assertThat(json(answered).path("intent").asText()).isEqualTo("left_of");
        assertThat(json(answered).path("objects").get(0).path("id").asInt()).isEqualTo(first.objectId());
        assertThat(json(answered).path("short_answer").asText()).isIn("yes", "no");
    }

    @Test
    void aModelAnswersBesideAndItsAgreementIsShown() throws Exception {
        HttpServer server = fakeModel("About 40 meters.");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            assertThat(chat.models().apply(url, "fake-vlm", null)).isNull();

            ChatEntry e = ask("How far is the ball from the chair?");

            assertThat(e.vlm()).isEqualTo("Model: About 40 meters.");
            assertThat(e.vlmVerdict()).startsWith("disagrees:");
            JsonNode vlm = json(e).path("vlm");
            assertThat(vlm.path("value").asDouble()).isEqualTo(40.0);
            assertThat(vlm.path("agrees").asBoolean(true)).isFalse();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void answersFollowTheLengthUnitsChosenAfterTheFirstQuestion() {
        ChatEntry metres = ask("How tall is the cabinet?");
        viewModel.preferences().lengthUnitProperty().set(LengthUnit.METRES_AND_FEET);

        ChatEntry both = ask("How tall is the cabinet?");

        assertThat(metres.answer()).doesNotContain("feet");
        assertThat(both.answer()).contains("feet");
        assertThat(both.measured()).contains(" ft)");
    }

    @Test
    void aQuestionOverFramesGivesOneValuePerFrameAndSavesTheSeries() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            SampleSceneWriter.write(SampleScenes.builtIn(), dir.resolve("f" + i));
            list.append("f").append(i).append("/rgb.png f").append(i).append("/depth.png f").append(i)
                    .append("/labels.png f").append(i).append("/names.txt\n");
        }
        Path frames = dir.resolve("frames.txt");
        Files.writeString(frames, list.toString());
        double single = json(ask("How far is the ball from the chair?")).path("value").asDouble();

        chat.questionProperty().set("How far is the ball from the chair?");
        chat.askOverFrames(frames);

        SeriesChart c = chat.chartProperty().get();
        assertThat(c).as("%s", viewModel.notifications().lastError()).isNotNull();
        assertThat(c.axis()).isEqualTo("centre_distance (m)");
        assertThat(c.values()).hasSize(3).allSatisfy(v -> assertThat(v).isCloseTo(single, within(0.002)));
        assertThat(c.summary()).startsWith("3 of 3 frames measured").contains("the ball").contains("the chair");
        chat.saveSeries(dir.resolve("out"));
        assertThat(Files.readAllLines(dir.resolve("out").resolve("series.csv"))).hasSize(4);
        assertThat(Files.exists(dir.resolve("out").resolve("series.svg"))).isTrue();
    }

    @Test
    void aQuestionWithoutANumberPerFrameIsRefusedOverFrames() throws Exception {
        Path frames = dir.resolve("frames.txt");
        Files.writeString(frames, "rgb.png depth.png\n");

        chat.questionProperty().set("Is the ball left of the chair?");
        chat.askOverFrames(frames);

        assertThat(chat.chartProperty().get()).isNull();
        assertThat(viewModel.notifications().lastError().message()).contains("one number per frame");
        assertThat(chat.busyProperty().get()).isFalse();
    }

    @Test
    void aQuestionAskedWhileTheChatIsPreparedIsKeptWithAnExplanation() {
        ManualExecutor manual = new ManualExecutor();
        MainViewModel slow = new MainViewModel(manual);
        slow.qa().newProject(dir.resolve("slow.db")); // queued first: nothing goes to the user's default project
        slow.openSample();
        while (slow.sceneProperty().get() == null && manual.runNext()) {
            // lift the sample; the chat's preparation stays queued behind it
        }
        assertThat(slow.sceneProperty().get()).isNotNull();
        ChatViewModel c = slow.chat();

        c.questionProperty().set("How tall is the cabinet?");
        c.ask();

        assertThat(c.entries()).isEmpty();
        assertThat(c.questionProperty().get()).isEqualTo("How tall is the cabinet?");
        assertThat(slow.notifications().items()).last().satisfies(n -> assertThat(n.title())
                .isEqualTo("Still preparing the chat"));
        while (manual.runNext()) {
            // the chat is prepared
        }
        c.ask();
        while (manual.runNext()) {
            // the answer is worked out
        }
        assertThat(c.entries()).singleElement().satisfies(e -> assertThat(e.measured()).contains(" m"));
    }

    @Test
    void modelSettingsAreCheckedAndRemembered() {
        assertThat(chat.models().apply("http://127.0.0.1:9/v1", "", null)).startsWith("Model:");
        assertThat(chat.models().configured()).isFalse();
        assertThat(chat.models().apply("not a url", "m", null)).startsWith("Server address \"not a url\"");

        InMemoryPreferenceStore store = new InMemoryPreferenceStore();
        MainViewModel first = new MainViewModel(new SameThreadExecutor(), store);
        assertThat(first.chat().models().apply("http://127.0.0.1:9/v1", "llava", "MY_KEY")).isNull();
        MainViewModel again = new MainViewModel(new SameThreadExecutor(), store);
        assertThat(again.chat().models().configured()).isTrue();
        assertThat(again.chat().models().keyVariableProperty().get()).isEqualTo("MY_KEY");
        assertThat(again.chat().models().apply("", "", null)).isNull();
        assertThat(again.chat().models().configured()).isFalse();
    }

    private ObjectMarker marker(String name) {
        return viewModel.objects().objects().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private ChatEntry ask(String question) {
        chat.questionProperty().set(question);
        chat.ask();
        assertThat(chat.busyProperty().get()).isFalse();
        return chat.entries().get(chat.entries().size() - 1);
    }

    private JsonNode json(ChatEntry e) {
        try {
            return JSON.readTree(chat.json(e));
        } catch (IOException x) {
            throw new AssertionError(x);
        }
    }

    /** A chat-completions server on 127.0.0.1 that names a probe image's colour and gives {@code answer} otherwise. */
    private static HttpServer fakeModel(String answer) throws IOException {
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
