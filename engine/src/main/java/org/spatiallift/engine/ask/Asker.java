package org.spatiallift.engine.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.ask.answer.Answered;
import org.spatiallift.engine.ask.answer.CategoryAnswerer;
import org.spatiallift.engine.ask.answer.SummaryAnswerer;
import org.spatiallift.engine.ask.answer.WithinAnswerer;
import org.spatiallift.engine.ask.ground.Grounder;
import org.spatiallift.engine.ask.ground.Grounding;
import org.spatiallift.engine.ask.ground.GroundingContext;
import org.spatiallift.engine.ask.ground.LabelSynonyms;
import org.spatiallift.engine.ask.ground.MentionScanner;
import org.spatiallift.engine.ask.ground.NameMatcher;
import org.spatiallift.engine.ask.measure.IntervalEstimator;
import org.spatiallift.engine.ask.measure.PerturbedScenes;
import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;

/**
 * Answers questions about one lifted scene: the question read into an {@link Intent} (by the injected
 * {@link IntentReader}), its object mentions grounded in the scene ({@link Grounder}; the question scanned for
 * object words when the reader gave none), then answered from the measured boxes — a category by its own code
 * ({@link CategoryAnswerer}: the same value as the generated QA), "which objects are within d of X" one distance at a
 * time ({@link WithinAnswerer}), a scene summary ({@link SummaryAnswerer}), or a plain statement of what can be asked.
 * A mention that fits several objects gets a clarification, and the next message may answer it. Everything per
 * scene (the grounder's vocabulary, the perturbed re-measurements intervals come from) is built once here. Not
 * thread-safe when given an embedding {@link NameMatcher}; one per chat thread.
 */
public final class Asker {

    private static final java.util.Set<String> TARGET_BEFORE = java.util.Set.of("to", "of", "from", "nearest",
            "closest");

    private final QaScene scene;
    private final AskOptions options;
    private final IntentReader reader;
    private final Grounder grounder;
    private final MentionScanner scanner;
    private final CategoryAnswerer categories;
    private final WithinAnswerer within;
    private final SummaryAnswerer summary;

    /** @param names optional matcher of words the synonym table lacks (embeddings), or null */
    public Asker(QaScene scene, AskOptions options, IntentReader reader, NameMatcher names) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.options = Objects.requireNonNull(options, "options");
        this.reader = Objects.requireNonNull(reader, "reader");
        LabelSynonyms synonyms = LabelSynonyms.builtIn();
        grounder = new Grounder(scene, options.margins(), synonyms, names);
        scanner = new MentionScanner(scene, synonyms);
        var oriented = scene.objects().stream().map(QaObject::orientedBoxCanonical).toList();
        PerturbedScenes samples = new PerturbedScenes(scene.geometry(), oriented, options.noise(),
                scene.key().hashCode());
        IntervalEstimator intervals = new IntervalEstimator(samples, options.margins());
        categories = new CategoryAnswerer(scene, options.margins(), intervals, options.noise());
        within = new WithinAnswerer(scene, options.margins(), intervals);
        summary = new SummaryAnswerer(scene);
    }

    public QaScene scene() {
        return scene;
    }

    /**
     * Makes "this" in the next questions of {@code conversation} the object with {@code objectId} (the app's selection
     * in the Objects tab or in 3D), or nothing pointed at for a negative id. An object left out of questions is
     * pointed at too, so that "this" says why it cannot be asked about instead of meaning an earlier object.
     */
    public void point(Conversation conversation, int objectId) {
        List<QaObject> objects = scene.objects();
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id() == objectId) {
                conversation.point(i, null);
                return;
            }
        }
        conversation.point(null, objectId < 0 ? null : scene.excluded().stream().filter(e -> e.id() == objectId)
                .findFirst().orElse(new ExcludedObject(objectId, "object", "it is not one of the objects questions can "
                        + "name")));
    }

    /** Answers {@code question} in {@code conversation}: a reply to its pending clarification, or a new question. */
    public Answer ask(String question, Conversation conversation) {
        Pending p = conversation.pending();
        if (p != null) {
            conversation.pending(null);
            List<Integer> picked = grounder.pick(question, p.candidates());
            if (picked.size() == 1) {
                List<List<Integer>> resolved = new ArrayList<>(p.resolved());
                resolved.set(p.index(), picked);
                return answer(p.intent(), p.phrases(), resolved, conversation, question);
            }
            if (picked.size() > 1) {
                Pending again = new Pending(p.intent(), p.phrases(), p.resolved(), p.index(), picked);
                return clarify(again, conversation, question, "Which one: " + list(picked, "or") + "?");
            }
        }
        return ask(reader.read(question), conversation);
    }

    /** Answers a question already read into {@code intent}. */
    public Answer ask(Intent intent, Conversation conversation) {
        conversation.pending(null);
        Units units = units(intent);
        return switch (intent.kind()) {
            case UNSUPPORTED -> record(conversation, intent.question(), Answer.text(null, List.of(), whatCanBeAsked()),
                    List.of(), List.of());
            case SUMMARY -> {
                Answered a = summary.answer(units);
                yield record(conversation, intent.question(), a.answer(), List.of(), a.focus());
            }
            case WITHIN, CATEGORY -> {
                List<String> phrases = intent.mentions().isEmpty() ? scan(intent) : intent.mentions();
                List<List<Integer>> resolved = new ArrayList<>();
                phrases.forEach(x -> resolved.add(null));
                yield answer(intent, phrases, resolved, conversation, intent.question());
            }
        };
    }

    /** Grounds the phrases not yet resolved, then answers; or asks back, or says which object is not seen. */
    private Answer answer(Intent intent, List<String> phrases, List<List<Integer>> resolved, Conversation c,
                          String asked) {
        String name = intent.kind() == IntentKind.WITHIN ? "within" : intent.category();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < phrases.size(); k++) {
            if (resolved.get(k) != null) {
                continue;
            }
            List<Integer> used = flatten(resolved);
            Grounding g = grounder.ground(phrases.get(k), new GroundingContext(c.focus(), c.last(), used, c.pointed(),
                    c.pointedLeftOut()));
            switch (g.status()) {
                case FOUND -> {
                    resolved.set(k, g.objects());
                    if (g.note() != null) {
                        notes.add(g.note());
                    }
                }
                case AMBIGUOUS -> {
                    return clarify(new Pending(intent, phrases, resolved, k, g.candidates()), c, asked, g.message());
                }
                default -> {
                    c.forget(); // "it" must not point back to an object of an earlier question after "I see no lamp"
                    return record(c, asked, Answer.text(name, List.of(), g.message()), List.of(), List.of());
                }
            }
        }
        List<Integer> objects = flatten(resolved);
        Answered a = intent.kind() == IntentKind.WITHIN ? within(intent, objects)
                : category(Categories.byName(intent.category()), intent, objects);
        Answer answer = a.answer();
        if (!notes.isEmpty()) {
            answer = new Answer(answer.intent(), answer.objects(), answer.answer() + " (Note: " + String.join("; ", notes)
                    + ".)", answer.shortAnswer(), answer.value(), answer.unit(), answer.interval(), answer.steps(),
                    answer.clarification(), answer.howMeasured(), answer.vlm());
        }
        return record(c, asked, answer, objects, a.focus());
    }

    private Answered within(Intent intent, List<Integer> objects) {
        Units units = units(intent);
        if (objects.isEmpty()) {
            return new Answered(Answer.text("within", List.of(), "Within what distance of which object? Ask, for "
                    + "example, \"which objects are within 1 meter of the table?\" " + grounder.seen() + "."), List.of());
        }
        return within.answer(objects.get(0), objects.subList(1, objects.size()), intent.thresholdM(), units);
    }

    private Answered category(Category c, Intent intent, List<Integer> objects) {
        Units units = units(intent);
        int need = switch (c.arity()) {
            case ONE -> 1;
            case TWO -> 2;
            case THREE, TARGET_AND_CANDIDATES -> 3;
            case TARGET_AND_ALL -> 1;
        };
        if (new LinkedHashSet<>(objects).size() < objects.size()) {
            return new Answered(Answer.text(c.name(), List.of(), "That names the same object twice ("
                    + list(duplicates(objects), "and") + "); which other object do you mean?"), objects);
        }
        if (objects.size() < need) {
            return new Answered(Answer.text(c.name(), List.of(), "This question needs " + (need == 1 ? "an object"
                    : need + " objects") + (objects.isEmpty() ? "; I found none in it. " : "; I found only "
                    + list(objects, "and") + ". ") + grounder.seen() + "."), objects);
        }
        int[] idx;
        if (c.arity() == Arity.TARGET_AND_ALL) {
            if (!scene.objectsComplete()) {
                return new Answered(Answer.text(c.name(), List.of(), "I can't count: the objects I found may not be "
                        + "every object in view (objects from a detector, or a label map not declared complete)."),
                        objects);
            }
            int x = objects.get(0);
            idx = new int[scene.objects().size()];
            idx[0] = x;
            for (int i = 0, k = 1; i < scene.objects().size(); i++) {
                if (i != x) {
                    idx[k++] = i;
                }
            }
        } else {
            int n = c.arity().hasTarget() ? objects.size() : need;
            idx = objects.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
        }
        return categories.answer(c, idx, units, intent.thresholdM());
    }

    /**
     * The question's object phrases found by scanning: the definite ones ("the box", not "a bigger box"), then the
     * indefinite and references to the conversation ("it") only where too few objects are named; for a category with a reference object, the one after "to", "of",
     * "from", "nearest" or "closest" goes first. The order of the others is the order written: the question reader,
     * not this scan, knows which object a question compares with which.
     */
    private List<String> scan(Intent intent) {
        List<MentionScanner.Span> spans = scanner.scan(intent.question());
        List<MentionScanner.Span> explicit = spans.stream().filter(s -> !s.reference()).toList();
        List<MentionScanner.Span> definite = explicit.stream().filter(s -> !s.indefinite()).toList();
        Category c = intent.kind() == IntentKind.CATEGORY ? Categories.byName(intent.category()) : null;
        int need = c == null ? 1 : switch (c.arity()) {
            case ONE, TARGET_AND_ALL -> 1;
            case TWO -> 2;
            case THREE, TARGET_AND_CANDIDATES -> 3;
        };
        List<MentionScanner.Span> use = definite.size() >= need ? new ArrayList<>(definite)
                : explicit.size() >= need ? new ArrayList<>(explicit) : new ArrayList<>(spans);
        if (c != null && !c.arity().hasTarget() && use.size() > need) {
            use = new ArrayList<>(use.subList(0, need));
        }
        if ((c == null || c.arity().hasTarget()) && use.size() > 1) {
            String[] words = org.spatiallift.engine.ask.ground.Words.normalise(intent.question()).split(" ");
            for (int k = 0; k < use.size(); k++) {
                int before = use.get(k).start() - 1;
                if (before >= 0 && TARGET_BEFORE.contains(words[before])) {
                    use.add(0, use.remove(k));
                    break;
                }
            }
        }
        return use.stream().map(MentionScanner.Span::text).toList();
    }

    private Answer clarify(Pending p, Conversation c, String asked, String question) {
        List<AnswerObject> candidates = p.candidates().stream().map(this::object).toList();
        Answer a = Answer.clarify(p.intent().kind() == IntentKind.WITHIN ? "within" : p.intent().category(),
                List.of(), new Clarification(question, candidates));
        c.record(asked, a, List.of(), List.of());
        c.pending(p);
        return a;
    }

    private static Answer record(Conversation c, String asked, Answer a, List<Integer> objects, List<Integer> focus) {
        c.record(asked, a, objects, focus);
        return a;
    }

    private Units units(Intent intent) {
        return intent.units() != null ? intent.units() : options.units();
    }

    private String whatCanBeAsked() {
        return "I can't measure that. I answer from the objects' 3D boxes: distances (between centres, between the "
                + "closest points, along the floor, in height, from the camera), sizes (width, height, depth), where "
                + "things are (left or right, in front or behind, above or below, on top of, clock direction), "
                + "comparisons (taller, wider, bigger, closer), which object is closest to another, orders by height or "
                + "distance, counts, which objects are within a distance of one, and \"what is in this scene?\". "
                + grounder.seen() + ".";
    }

    private AnswerObject object(int i) {
        QaObject o = scene.objects().get(i);
        return new AnswerObject(o.id(), o.description());
    }

    private String list(List<Integer> objects, String conjunction) {
        List<String> d = objects.stream().map(i -> scene.objects().get(i).description()).toList();
        if (d.size() <= 1) {
            return d.isEmpty() ? "" : d.get(0);
        }
        return String.join(", ", d.subList(0, d.size() - 1)) + " " + conjunction + " " + d.get(d.size() - 1);
    }

    private static List<Integer> duplicates(List<Integer> objects) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < objects.size(); k++) {
            if (objects.subList(0, k).contains(objects.get(k)) && !out.contains(objects.get(k))) {
                out.add(objects.get(k));
            }
        }
        return out;
    }

    private static List<Integer> flatten(List<List<Integer>> resolved) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> r : resolved) {
            if (r != null) {
                out.addAll(r);
            }
        }
        return out;
    }
}
