package org.spatiallift.engine.qa.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed template file (UTF-8 text). Lines starting with '#' and blank lines are ignored; a line
 * {@code [questions]}, {@code [answers]}, {@code [yes]} or {@code [no]} starts a section; every other line is one
 * template of the current section. Checking against a category's {@link TemplateRules} gives every problem at once,
 * each as "file:line: problem".
 */
public final class TemplateFile {

    /** A template and the line it is on. */
    public record Line(int number, String text) {
    }

    private final String fileName;
    private final Map<Section, List<Line>> sections;
    private final List<String> problems;

    private TemplateFile(String fileName, Map<Section, List<Line>> sections, List<String> problems) {
        this.fileName = fileName;
        this.sections = sections;
        this.problems = problems;
    }

    public static TemplateFile parse(String fileName, String content) {
        Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        List<String> problems = new ArrayList<>();
        Section current = null;
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                Section s = Section.byKey(line.substring(1, line.length() - 1).strip());
                if (s == null) {
                    problems.add(fileName + ":" + number + ": unknown section " + line
                            + " (expected [questions], [answers], [yes] or [no])");
                } else if (sections.containsKey(s)) {
                    problems.add(fileName + ":" + number + ": section " + line + " appears twice");
                } else {
                    sections.put(s, new ArrayList<>());
                }
                current = s;
                continue;
            }
            if (current == null) {
                problems.add(fileName + ":" + number + ": a template before the first section header");
                continue;
            }
            List<Line> list = sections.get(current);
            if (list != null) {
                list.add(new Line(number, line));
            }
        }
        return new TemplateFile(fileName, sections, problems);
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Every problem against {@code rules}: parse errors, missing or unexpected sections, too few templates, unknown
     * or disallowed placeholders, missing required ones, wrong end punctuation, duplicates, and wording that is wrong
     * for objects ("who") or for a choice of two ("comes last").
     */
    public List<String> check(TemplateRules rules) {
        List<String> out = new ArrayList<>(problems);
        for (Section s : sections.keySet()) {
            if (rules.rule(s) == null) {
                out.add(fileName + ": section [" + s.key() + "] is not used by this category (it has "
                        + rules.sections().keySet().stream().map(x -> "[" + x.key() + "]").sorted().toList() + ")");
            }
        }
        for (SectionRule rule : rules.sections().values()) {
            List<Line> lines = sections.get(rule.section());
            if (lines == null) {
                out.add(fileName + ": section [" + rule.section().key() + "] is missing");
                continue;
            }
            if (lines.size() < rule.minCount()) {
                out.add(fileName + ": section [" + rule.section().key() + "] has " + lines.size()
                        + " templates, at least " + rule.minCount() + " are needed");
            }
            Set<String> seen = new HashSet<>();
            for (Line line : lines) {
                checkLine(rule, line, seen, out);
            }
        }
        return out;
    }

    private void checkLine(SectionRule rule, Line line, Set<String> seen, List<String> out) {
        String where = fileName + ":" + line.number() + ": ";
        if (!seen.add(line.text().toLowerCase(java.util.Locale.ROOT))) {
            out.add(where + "duplicate template \"" + line.text() + "\"");
        }
        String lower = line.text().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("who ") || lower.contains(", who ") || lower.contains(": who ")) {
            out.add(where + "\"who\" asks about a person; the objects are things: use \"which\" in \"" + line.text()
                    + "\"");
        }
        if (lower.contains("comes last") || lower.contains("comes first")) {
            out.add(where + "\"comes last/first\" reads as an order of many; a choice is between two objects: say what"
                    + " is compared in \"" + line.text() + "\"");
        }
        char last = line.text().charAt(line.text().length() - 1);
        if (rule.endsWith().indexOf(last) < 0) {
            out.add(where + "a template of [" + rule.section().key() + "] must end with one of \"" + rule.endsWith()
                    + "\": \"" + line.text() + "\"");
        }
        CompiledTemplate t;
        try {
            t = CompiledTemplate.compile(line.text());
        } catch (IllegalArgumentException e) {
            out.add(where + e.getMessage() + " in \"" + line.text() + "\"");
            return;
        }
        for (Slot s : t.slots()) {
            if (!rule.allowed().contains(s)) {
                out.add(where + "placeholder {" + s.key() + "} is not allowed in [" + rule.section().key()
                        + "] of this category (allowed: " + keys(rule.allowed()) + ")");
            }
        }
        for (Slot s : rule.required()) {
            if (!t.uses(s)) {
                out.add(where + "placeholder {" + s.key() + "} is required in every template of ["
                        + rule.section().key() + "] but missing from \"" + line.text() + "\"");
            }
        }
    }

    private static String keys(Set<Slot> slots) {
        return slots.stream().map(s -> "{" + s.key() + "}").toList().toString();
    }

    /** The compiled templates; call only when {@link #check} found no problem. */
    public TemplateSet compile(String category) {
        Map<Section, List<CompiledTemplate>> compiled = new EnumMap<>(Section.class);
        sections.forEach((s, lines) -> compiled.put(s, lines.stream().map(l -> CompiledTemplate.compile(l.text())).toList()));
        return new TemplateSet(category, compiled);
    }
}
