package org.spatiallift.engine.ask.ground;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spatiallift.engine.qa.ExcludedObject;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Finds the scene object a mention names, never guessing among several. In order:
 * <ol>
 *   <li>an object's own description or one of its alternatives ("the chair on the left"), exactly;</li>
 *   <li>a reference to the conversation ({@link Reference}): "it" is the last answer's focus, "them" the last
 *       question's objects, "the other one" the last question's object not already named;</li>
 *   <li>the head words against the objects' labels: the same word, its singular, the label's last word ("lamp" →
 *       floor lamp), a synonym ({@link LabelSynonyms}: "sofa" → couch), the head's last word alone ("the leather
 *       sofa", said in a note), then the optional {@link NameMatcher} (embeddings); "one" alone ("the red one") keeps
 *       every object;</li>
 *   <li>"other" drops the objects already named in this question or the last one; a colour keeps the objects whose
 *       expressions state it; each position or size word ({@link Attribute}) keeps the extreme object when it leads the
 *       next by the QA margin ({@link Margins#position} or {@link Margins#size}), else the objects tied with it.</li>
 * </ol>
 * One object left: found. Several: a clarification listing them. None: "I see no lamp; I see: …", or, when the
 * label belongs to an object left out of the questions, that object and why. Immutable apart from the optional name
 * matcher (one grounder per chat).
 */
public final class Grounder {

    private static final int LISTED = 12;
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "last");
    private final QaScene scene;
    private final SceneGeometry g;
    private final Margins margins;
    private final LabelSynonyms synonyms;
    private final NameMatcher names;
    private final Map<String, Integer> byExpression = new HashMap<>();

    /** @param names the optional matcher for words the synonym table does not know, or null */
    public Grounder(QaScene scene, Margins margins, LabelSynonyms synonyms, NameMatcher names) {
        this.scene = scene;
        this.g = scene.geometry();
        this.margins = margins;
        this.synonyms = synonyms;
        this.names = names;
        List<QaObject> objects = scene.objects();
        for (int i = 0; i < objects.size(); i++) {
            QaObject o = objects.get(i);
            byExpression.putIfAbsent(Words.withoutArticle(Words.normalise(o.description())), i);
            for (String a : o.alternatives()) {
                byExpression.putIfAbsent(Words.withoutArticle(Words.normalise(a)), i);
            }
        }
    }

    /** What {@code phrase} refers to, given what the conversation and this question already name. */
    public Grounding ground(String phrase, GroundingContext context) {
        String norm = Words.normalise(phrase);
        Integer exact = byExpression.get(Words.withoutArticle(norm));
        if (exact != null) {
            return Grounding.found(List.of(exact), null);
        }
        Mention m = MentionParser.parse(norm);
        if (m.reference() != Reference.NONE) {
            return conversation(m, context);
        }
        if (m.head().isEmpty() && m.colour() == null && m.attributes().isEmpty() && !m.other()) {
            return Grounding.unknown("I could not tell which object \"" + phrase.strip() + "\" names; " + seen());
        }
        String note = null;
        List<Integer> candidates;
        if (m.head().isEmpty()) {
            candidates = all();
        } else {
            candidates = byLabel(m.head());
            String last = Words.lastWord(m.head());
            if (candidates.isEmpty() && !last.equals(m.head())) {
                candidates = byLabel(last); // "the leather sofa": the words before the noun are not a label
                if (!candidates.isEmpty()) {
                    note = "I took \"" + m.head() + "\" to mean " + descriptions(candidates, "or");
                }
            }
            if (candidates.isEmpty() && names != null) {
                String name = names.match(m.head(), distinctNames());
                if (name != null) {
                    candidates = byLabel(name);
                    note = "I took \"" + m.head() + "\" to mean the " + name;
                }
            }
            if (candidates.isEmpty()) {
                List<ExcludedObject> left = excludedByLabel(m.head());
                return left.isEmpty() ? Grounding.unknown("I see no " + m.head() + "; " + seen())
                        : Grounding.leftOut(leftOutMessage(m.head(), left));
            }
        }
        if (norm.startsWith("this ") && !context.pointed().isEmpty() && candidates.containsAll(context.pointed())) {
            candidates = context.pointed(); // "this lamp" with a lamp selected: that lamp
        }
        if (m.other()) {
            List<Integer> rest = new ArrayList<>(candidates);
            rest.removeAll(context.used());
            List<Integer> notLast = new ArrayList<>(rest);
            notLast.removeAll(context.last());
            candidates = notLast.isEmpty() ? rest : notLast;
            if (candidates.isEmpty()) {
                return Grounding.unknown("I see no other " + (m.head().isEmpty() ? "object" : m.head()) + "; " + seen());
            }
        }
        if (m.colour() != null) {
            List<Integer> coloured = candidates.stream().filter(i -> states(i, m.colour())).toList();
            if (!coloured.isEmpty()) {
                candidates = coloured;
            } else if (candidates.stream().noneMatch(this::statesAnyColour)) {
                note = join(note, "colours are not measured for " + (candidates.size() == 1 ? "it" : "these objects")
                        + ", so I did not check that it is " + m.colour());
            } else {
                return Grounding.unknown("I see no " + m.colour() + " " + (m.head().isEmpty() ? "object" : m.head())
                        + "; I see: " + descriptions(candidates));
            }
        }
        for (Attribute a : m.attributes()) {
            if (candidates.size() > 1) {
                candidates = extreme(a, candidates);
            }
        }
        if (candidates.size() > 1) {
            String what = m.head().isEmpty() ? "object" : m.head();
            return Grounding.ambiguous(candidates, "Which " + what + " do you mean: " + descriptions(candidates, "or")
                    + "?");
        }
        int found = candidates.get(0);
        if (m.attributes().isEmpty() && m.colour() == null && !m.head().isEmpty()) {
            List<ExcludedObject> twins = excludedByLabel(m.head());
            if (!twins.isEmpty()) {
                return Grounding.ambiguous(candidates, "I see more than one " + m.head() + ", but can tell apart only "
                        + description(found) + " (" + leftOutMessage(m.head(), twins) + "). Do you mean "
                        + description(found) + "?");
            }
        }
        return Grounding.found(List.of(found), note);
    }

    /**
     * The objects among {@code among} that a reply to a clarification names: a candidate's own expression, its place
     * in the list ("the first one", "2"), its id ("#7", "object 7"), or its label, colour and position or size words
     * applied to the candidates alone ("the one on the left"). Empty when the reply names none of them.
     */
    public List<Integer> pick(String reply, List<Integer> among) {
        String norm = Words.normalise(reply);
        Integer exact = byExpression.get(Words.withoutArticle(norm));
        if (exact != null) {
            return among.contains(exact) ? List.of(exact) : List.of();
        }
        String[] w = norm.split(" ");
        for (String word : w) {
            int k = ORDINALS.indexOf(word);
            if (k >= 0 && !(k == ORDINALS.size() - 1 && w.length > 2)) {
                int pos = k == ORDINALS.size() - 1 ? among.size() - 1 : k;
                return pos < among.size() ? List.of(among.get(pos)) : List.of();
            }
        }
        if (w.length <= 2 && w[w.length - 1].matches("\\d{1,6}")) {
            int n = Integer.parseInt(w[w.length - 1]);
            // "#7" and "object 7" name an object's id (as the app's candidate buttons show it); a bare "2" a position
            boolean byId = reply.contains("#") || w.length == 2;
            if (!byId && n >= 1 && n <= among.size()) {
                return List.of(among.get(n - 1));
            }
            for (int i : among) {
                if (scene.objects().get(i).id() == n) {
                    return List.of(i);
                }
            }
            return List.of();
        }
        Mention m = MentionParser.parse(norm);
        List<Integer> c = new ArrayList<>(among);
        if (!m.head().isEmpty()) {
            c.removeIf(i -> !labelMatches(m.head(), scene.objects().get(i).name()));
        }
        if (m.colour() != null) {
            c.removeIf(i -> !states(i, m.colour()));
        }
        for (Attribute a : m.attributes()) {
            if (c.size() > 1) {
                c = extreme(a, c);
            }
        }
        boolean said = !m.head().isEmpty() || m.colour() != null || !m.attributes().isEmpty();
        return said ? c : List.of();
    }

    /** "I see: the chair, the table and the mug" (with the objects left out, and why). */
    public String seen() {
        StringBuilder sb = new StringBuilder("I see: ").append(descriptions(all()));
        if (!scene.excluded().isEmpty()) {
            sb.append(" (left out of questions: ");
            for (int k = 0; k < scene.excluded().size(); k++) {
                ExcludedObject e = scene.excluded().get(k);
                sb.append(k > 0 ? "; " : "").append(e.name()).append(" ").append(e.id()).append(", ").append(e.reason());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private Grounding conversation(Mention m, GroundingContext c) {
        if (m.reference() == Reference.POINTED) {
            if (c.pointedLeftOut() != null) {
                ExcludedObject e = c.pointedLeftOut();
                return Grounding.leftOut("The selected object (#" + e.id() + ", " + e.name() + ") is left out of "
                        + "questions: " + e.reason() + ". Select another object, or name one; " + seen());
            }
            if (!c.pointed().isEmpty()) {
                return Grounding.found(c.pointed(), null);
            }
        }
        if (c.last().isEmpty() && c.focus().isEmpty()) {
            return Grounding.unknown("I don't know yet what \"" + m.text() + "\" refers to: name the object; " + seen());
        }
        List<Integer> out = new ArrayList<>();
        switch (m.reference()) {
            case ALL -> out.addAll(c.last().isEmpty() ? c.focus() : c.last());
            case FOCUS, POINTED -> {
                out.addAll(c.focus().isEmpty() ? c.last() : c.focus());
                if (out.size() > 1) {
                    out.removeAll(c.used());
                }
            }
            default -> {
                out.addAll(c.last());
                out.removeAll(c.used());
                if (out.size() > 1 && c.focus().size() < c.last().size()) {
                    out.removeAll(c.focus());
                }
            }
        }
        if (out.isEmpty()) {
            return Grounding.unknown("I don't know which object \"" + m.text() + "\" refers to here: name it; " + seen());
        }
        if (out.size() > 1 && m.reference() != Reference.ALL) {
            return Grounding.ambiguous(out, "Which one do you mean by \"" + m.text() + "\": " + descriptions(out, "or")
                    + "?");
        }
        return Grounding.found(out, null);
    }

    /** Usable objects whose label is {@code head} or its kind, in scene order. */
    List<Integer> byLabel(String head) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scene.objects().size(); i++) {
            if (labelMatches(head, scene.objects().get(i).name())) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean labelMatches(String head, String name) {
        String n = Words.normalise(name);
        String h = Words.normalise(head);
        String hs = singularLast(h);
        if (h.equals(n) || hs.equals(n) || hs.equals(singularLast(n))) {
            return true;
        }
        String last = Words.lastWord(n);
        if (!last.equals(n) && !last.chars().allMatch(Character::isDigit) && (hs.equals(last) || h.equals(last))) {
            return true;
        }
        return synonyms.same(h, n) || synonyms.same(hs, n) || synonyms.same(hs, last) || synonyms.same(h, last);
    }

    private static String singularLast(String phrase) {
        String last = Words.lastWord(phrase);
        return phrase.substring(0, phrase.length() - last.length()) + Words.singular(last);
    }

    private List<ExcludedObject> excludedByLabel(String head) {
        return scene.excluded().stream().filter(e -> e.name() != null && labelMatches(head, e.name())).toList();
    }

    private static String leftOutMessage(String head, List<ExcludedObject> left) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < left.size(); k++) {
            ExcludedObject e = left.get(k);
            sb.append(k > 0 ? "; " : "").append("the ").append(e.name()).append(" (object ").append(e.id())
                    .append(") is left out of questions: ").append(e.reason());
        }
        return sb.toString();
    }

    /** The candidates at the extreme of {@code a}: one when it leads the next by the margin, else the tied ones. */
    private List<Integer> extreme(Attribute a, List<Integer> candidates) {
        boolean vertical = a == Attribute.HIGH || a == Attribute.LOW || a == Attribute.TALL || a == Attribute.SHORT;
        if (vertical && !scene.canonical()) {
            return candidates; // without gravity "the tall one" cannot be told: the candidates stay, and are asked back
        }
        double median = a == Attribute.MIDDLE ? median(candidates) : 0;
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((Integer i) -> -score(a, i, median)));
        int best = sorted.get(0);
        List<Integer> out = new ArrayList<>();
        out.add(best);
        for (int k = 1; k < sorted.size(); k++) {
            int o = sorted.get(k);
            double lead = score(a, best, median) - score(a, o, median);
            if (lead < margin(a, best, o)) {
                out.add(o);
            }
        }
        return out;
    }

    private double score(Attribute a, int i, double median) {
        return switch (a) {
            case LEFT -> -g.centre(i, X);
            case RIGHT -> g.centre(i, X);
            case FRONT -> -g.centre(i, Y);
            case BACK -> g.centre(i, Y);
            case MIDDLE -> -Math.abs(g.centre(i, X) - median);
            case HIGH -> g.centre(i, Z);
            case LOW -> -g.centre(i, Z);
            case BIG -> g.size(i);
            case SMALL -> -g.size(i);
            case TALL -> g.extent(i, Z);
            case SHORT -> -g.extent(i, Z);
            case WIDE -> g.extent(i, X);
            case NARROW -> -g.extent(i, X);
        };
    }

    private double margin(Attribute a, int i, int j) {
        return switch (a) {
            case LEFT, RIGHT, MIDDLE -> margins.position(g.extent(i, X), g.extent(j, X));
            case FRONT, BACK -> margins.position(g.extent(i, Y), g.extent(j, Y));
            case HIGH, LOW -> margins.position(g.extent(i, Z), g.extent(j, Z));
            case BIG, SMALL -> margins.size(g.size(i), g.size(j));
            case TALL, SHORT -> margins.size(g.extent(i, Z), g.extent(j, Z));
            case WIDE, NARROW -> margins.size(g.extent(i, X), g.extent(j, X));
        };
    }

    private double median(List<Integer> candidates) {
        double[] xs = candidates.stream().mapToDouble(i -> g.centre(i, X)).sorted().toArray();
        return xs.length % 2 == 1 ? xs[xs.length / 2] : 0.5 * (xs[xs.length / 2 - 1] + xs[xs.length / 2]);
    }

    private boolean states(int i, String colour) {
        QaObject o = scene.objects().get(i);
        if (hasWord(o.description(), colour)) {
            return true;
        }
        return o.alternatives().stream().anyMatch(a -> hasWord(a, colour));
    }

    private boolean statesAnyColour(int i) {
        QaObject o = scene.objects().get(i);
        Set<String> words = new LinkedHashSet<>(List.of(Words.normalise(o.description()).split(" ")));
        o.alternatives().forEach(a -> words.addAll(List.of(Words.normalise(a).split(" "))));
        return words.stream().anyMatch(Words::colour);
    }

    private static boolean hasWord(String expression, String colour) {
        for (String w : Words.normalise(expression).split(" ")) {
            if (Words.colourKey(w).equals(colour)) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> all() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scene.objects().size(); i++) {
            out.add(i);
        }
        return out;
    }

    private List<String> distinctNames() {
        return scene.objects().stream().map(QaObject::name).distinct().toList();
    }

    private String description(int i) {
        return scene.objects().get(i).description();
    }

    private String descriptions(List<Integer> indices) {
        return descriptions(indices, "and");
    }

    private String descriptions(List<Integer> indices, String conjunction) {
        List<String> d = new ArrayList<>();
        for (int k = 0; k < Math.min(LISTED, indices.size()); k++) {
            d.add(description(indices.get(k)));
        }
        if (indices.size() > LISTED) {
            d.add((indices.size() - LISTED) + " more");
        }
        if (d.isEmpty()) {
            return "no objects";
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        return String.join(", ", d.subList(0, d.size() - 1)) + " " + conjunction + " " + d.get(d.size() - 1);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
