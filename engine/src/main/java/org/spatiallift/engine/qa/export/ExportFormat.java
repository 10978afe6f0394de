package org.spatiallift.engine.qa.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.qa.Provenance;
import org.spatiallift.engine.qa.QaPair;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSONL layouts of a QA dataset: one line per image, its QA as a multi-turn conversation in the trainer's
 * layout, and beside it a {@code "spatiallift"} block with every QA in full (category, value and unit, objects with
 * their boxes, reasoning) and the provenance, from which {@link #read} rebuilds the QA exactly.
 * <ul>
 *   <li>{@link #LLAVA}: {"id", "image", "conversations": [{"from": "human", "value": "&lt;image&gt;\nQ1"},
 *       {"from": "gpt", "value": "A1"}, ...]} (LLaVA's instruction-tuning format);</li>
 *   <li>{@link #MESSAGES}: {"messages": [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": Q1}]},
 *       {"role": "assistant", "content": [{"type": "text", "text": A1}]}, ...], "images": [path]} (the chat format of
 *       current VLM trainers);</li>
 *   <li>{@link #IMAGEFOLDER}: a Hugging Face imagefolder: images under {@code images/} and metadata.jsonl lines
 *       {"file_name": "images/...", "messages": [...]} in the messages layout.</li>
 * </ul>
 */
public enum ExportFormat {
    LLAVA("llava", "qa.llava.jsonl"),
    MESSAGES("messages", "qa.messages.jsonl"),
    IMAGEFOLDER("imagefolder", "metadata.jsonl");

    public static final String BLOCK = "spatiallift";
    public static final String FORMAT = "spatiallift-qa";
    public static final int VERSION = 1;
    /** Folder of the copied images in an imagefolder dataset. */
    public static final String IMAGES_DIR = "images";

    private final String key;
    private final String fileName;

    ExportFormat(String key, String fileName) {
        this.key = key;
        this.fileName = fileName;
    }

    public String key() {
        return key;
    }

    /** The dataset file in the output folder. */
    public String fileName() {
        return fileName;
    }

    public static ExportFormat fromKey(String key) {
        for (ExportFormat f : values()) {
            if (f.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + key + "\": use llava, messages or imagefolder");
    }

    /** The path written into the line for an image with key {@code image}. */
    public String imageFile(String image) {
        return this == IMAGEFOLDER ? copiedPath(image) : image;
    }

    /**
     * Where a copied image lives in a dataset, relative to it: {@code images/KEY} with {@code /} separators and a
     * leading root or drive of the key dropped ({@code /data/a.png} → {@code images/data/a.png}).
     */
    public static String copiedPath(String key) {
        return IMAGES_DIR + "/" + key.replace('\\', '/').replaceFirst("^([A-Za-z]:)?/+", "");
    }

    /** One JSON line (no line break). */
    public String write(ImageQa qa) {
        ObjectNode root = QaJson.MAPPER.createObjectNode();
        switch (this) {
            case LLAVA -> {
                root.put("id", qa.image());
                root.put("image", qa.imageFile());
                ArrayNode turns = root.putArray("conversations");
                boolean first = true;
                for (QaPair p : qa.pairs()) {
                    turns.addObject().put("from", "human").put("value", (first ? "<image>\n" : "") + p.question());
                    turns.addObject().put("from", "gpt").put("value", p.answer());
                    first = false;
                }
            }
            case MESSAGES -> {
                root.set("messages", messages(qa));
                root.putArray("images").add(qa.imageFile());
            }
            case IMAGEFOLDER -> {
                root.put("file_name", qa.imageFile());
                root.set("messages", messages(qa));
            }
        }
        ObjectNode block = root.putObject(BLOCK);
        block.put("format", FORMAT);
        block.put("version", VERSION);
        block.put("image", qa.image());
        block.set("provenance", QaJson.provenance(qa.provenance()));
        ArrayNode list = block.putArray("qa");
        qa.pairs().forEach(p -> list.add(QaJson.pair(p)));
        try {
            return QaJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a QA line could not be written as JSON", e);
        }
    }

    /** The QA of one line written by {@link #write}; throws naming the problem for anything else. */
    public ImageQa read(String line) {
        JsonNode root;
        try {
            root = QaJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON line: " + e.getMessage(), e);
        }
        JsonNode block = root.path(BLOCK);
        if (!FORMAT.equals(block.path("format").asText()) || block.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("the line has no \"" + BLOCK + "\" block of format " + FORMAT
                    + " version " + VERSION);
        }
        Provenance provenance = QaJson.provenance(block.path("provenance"));
        List<QaPair> pairs = new ArrayList<>();
        block.path("qa").forEach(q -> pairs.add(QaJson.pair(q, provenance)));
        String imageFile = switch (this) {
            case LLAVA -> root.path("image").asText();
            case MESSAGES -> root.path("images").path(0).asText();
            case IMAGEFOLDER -> root.path("file_name").asText();
        };
        int turns = this == LLAVA ? root.path("conversations").size() : root.path("messages").size();
        if (turns != 2 * pairs.size()) {
            throw new IllegalArgumentException("the line has " + turns + " turns for " + pairs.size() + " QA");
        }
        return new ImageQa(block.path("image").asText(), imageFile, provenance, pairs);
    }

    /** The image key of a line without rebuilding its QA (for resuming). */
    public static String imageOf(String line) throws IOException {
        JsonNode image = QaJson.MAPPER.readTree(line).path(BLOCK).path("image");
        if (!image.isTextual()) {
            throw new IOException("the line has no " + BLOCK + ".image");
        }
        return image.asText();
    }

    private static ArrayNode messages(ImageQa qa) {
        ArrayNode messages = QaJson.MAPPER.createArrayNode();
        boolean first = true;
        for (QaPair p : qa.pairs()) {
            ObjectNode user = messages.addObject().put("role", "user");
            ArrayNode content = user.putArray("content");
            if (first) {
                content.addObject().put("type", "image");
            }
            content.addObject().put("type", "text").put("text", p.question());
            messages.addObject().put("role", "assistant").putArray("content").addObject().put("type", "text")
                    .put("text", p.answer());
            first = false;
        }
        return messages;
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
