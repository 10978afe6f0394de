package org.spatiallift.engine.vlm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;

/**
 * Finds out whether a model sees images: it is shown a 64×64 image of one colour (red, green or blue, chosen at
 * random) and asked "What colour is this image? Answer with one word."; a second round with another colour catches a
 * model that always names the same colour, and leaves a model that guesses among the three 1 chance in 6. A server
 * that answers without the image's colour ignores images (some Ollama builds drop them silently). Results are kept
 * per base URL and model for the life of this object, except failures to ask, which are asked again next time.
 * Thread-safe.
 */
public final class VisionProbe {

    private static final Logger LOG = LoggerFactory.getLogger(VisionProbe.class);
    static final String QUESTION = "What colour is this image? Answer with one word.";
    static final int SIDE = 64;
    private static final Map<String, Integer> COLOURS = Map.of("red", 0xFF0000, "green", 0x00FF00, "blue", 0x0000FF);
    private static final List<String> NAMES = List.of("red", "green", "blue");

    private final Map<String, ProbeResult> cache = new ConcurrentHashMap<>();
    private final Random random;
    private final int rounds;

    /** {@code random} picks the colours; {@code rounds} images of different colours (1–3) are shown. */
    public VisionProbe(Random random, int rounds) {
        if (rounds < 1 || rounds > NAMES.size()) {
            throw new IllegalArgumentException("a vision probe shows 1 to " + NAMES.size() + " images, got " + rounds);
        }
        this.random = random;
        this.rounds = rounds;
    }

    /** Two rounds, colours picked at random. */
    public VisionProbe() {
        this(new Random(), 2);
    }

    /** Whether {@code client}'s model sees images; asked once per base URL and model. */
    public ProbeResult probe(VlmClient client) {
        VlmSettings s = client.settings();
        return probe(s.baseUrl() + " " + s.model(), client);
    }

    /** Whether {@code model}, cached under {@code key}, sees images. */
    public ProbeResult probe(String key, ChatModel model) {
        ProbeResult known = cache.get(key);
        if (known != null) {
            return known;
        }
        ProbeResult r = ask(model);
        if (r.status() != ProbeResult.Status.FAILED) {
            cache.put(key, r);
        }
        LOG.info("vision probe of {}: {} ({})", key, r.status(), r.message());
        return r;
    }

    /** The cached result for {@code key}, or null when not yet probed. */
    public ProbeResult cached(String key) {
        return cache.get(key);
    }

    private ProbeResult ask(ChatModel model) {
        List<String> order = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(order, random);
        ProbeResult last = null;
        for (String colour : order.subList(0, rounds)) {
            String answer;
            try {
                ChatReply r = model.complete(ChatRequest.of(QUESTION, image(COLOURS.get(colour))));
                answer = r.text() == null ? "" : r.text().strip();
            } catch (VlmException e) {
                return e.kind() == VlmException.Kind.NO_VISION
                        ? new ProbeResult(ProbeResult.Status.NO_VISION, colour, null, e.problem())
                        : new ProbeResult(ProbeResult.Status.FAILED, colour, null, "the probe could not be asked: "
                        + e.getMessage());
            }
            String named = named(answer);
            if (!colour.equals(named)) {
                return new ProbeResult(ProbeResult.Status.IGNORES_IMAGES, colour, answer, "shown a " + colour
                        + " image, the model answered \"" + clip(answer) + "\": the server ignores images (some "
                        + "Ollama builds drop them) or the model cannot see them; its answers about images are not used");
            }
            last = new ProbeResult(ProbeResult.Status.SEES_IMAGES, colour, answer, "the model named the colour of "
                    + rounds + " probe image" + (rounds > 1 ? "s" : ""));
        }
        return last;
    }

    /** The one probe colour {@code answer} names, or null when it names none or several. */
    static String named(String answer) {
        List<String> words = Arrays.asList(answer.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        String found = null;
        for (String c : NAMES) {
            if (words.contains(c)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    static ImagePayload image(int rgb) {
        int[] px = new int[SIDE * SIDE];
        Arrays.fill(px, rgb);
        return ImagePayload.png(new ColorImage(SIDE, SIDE, px));
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 80) + "…";
    }
}
