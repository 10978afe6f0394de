package org.spatiallift.engine.perception.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and validates one manifest tree. Every problem names the manifest and the field ("graphs[1].inputs[0].shape")
 * and says what is expected. A one-graph model may use the short form ({@code "graph"}, {@code "input"},
 * {@code "outputs"}), which reads as one graph part "main".
 */
final class ManifestReader {

    private final Path where;

    ManifestReader(Path where) {
        this.where = where;
    }

    ModelManifest read(JsonNode j, String origin) throws ModelException {
        if (!j.isObject()) {
            throw bad("(top level)", "is not a JSON object");
        }
        String id = text(j, "id", true);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw bad("id", "\"" + id + "\" must be lower-case letters, digits, '.', '_' or '-'");
        }
        String roleName = text(j, "role", true);
        ModelRole role = ModelRole.fromJson(roleName);
        if (role == null) {
            throw bad("role", "\"" + roleName + "\" is not a role; roles: " + ModelRole.names());
        }
        String format = j.has("format") ? text(j, "format", true) : "onnx";
        if (!format.equals("onnx") && !format.equals("tfjs-graph-model")) {
            throw bad("format", "\"" + format + "\" is not supported; use \"onnx\" or \"tfjs-graph-model\"");
        }
        String licence = text(j, "licence", true);
        List<ModelFile> files = files(j.path("files"));
        Set<String> names = new LinkedHashSet<>();
        files.forEach(f -> names.add(f.name()));
        List<GraphSpec> graphs = new ArrayList<>();
        if (j.has("graphs")) {
            JsonNode gs = j.get("graphs");
            if (!gs.isArray() || gs.isEmpty()) {
                throw bad("graphs", "must be a non-empty array of {part, file, inputs, outputs}");
            }
            for (int i = 0; i < gs.size(); i++) {
                String f = "graphs[" + i + "]";
                JsonNode g = gs.get(i);
                graphs.add(new GraphSpec(text(g, "part", f + ".part"), text(g, "file", f + ".file"),
                        tensors(g.path("inputs"), f + ".inputs", true), tensors(g.path("outputs"), f + ".outputs", false)));
            }
        } else {
            List<TensorSpec> in = new ArrayList<>();
            if (!j.path("input").isObject()) {
                throw bad("input", "is missing: give {name, shape, ...} (or \"graphs\" for a model of several graphs)");
            }
            in.add(tensor(j.get("input"), "input", true));
            graphs.add(new GraphSpec("main", text(j, "graph", true), in, tensors(j.path("outputs"), "outputs", false)));
        }
        for (int i = 0; i < graphs.size(); i++) {
            if (!names.contains(graphs.get(i).file())) {
                throw bad(j.has("graphs") ? "graphs[" + i + "].file" : "graph", "\"" + graphs.get(i).file()
                        + "\" is not one of the files " + names);
            }
        }
        if (role == ModelRole.OBJECT_DETECTOR && graphs.get(0).inputs().get(0).shape().length != 4) {
            throw bad("input.shape", "an object detector needs an NHWC input shape of rank 4");
        }
        Map<String, String> decoder = new LinkedHashMap<>();
        j.path("decoder").properties().forEach(e -> decoder.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        String revision = j.hasNonNull("revision") ? j.get("revision").asText() : null;
        List<String> redirectHosts = redirectHosts(j.get("redirect_hosts"));
        try {
            return new ModelManifest(id, role, j.path("description").asText(""), licence, j.path("package").asText(null),
                    format, files, graphs, decoder, j.path("spec_source").asText(null), revision, redirectHosts, origin);
        } catch (IllegalArgumentException e) {
            throw bad("(top level)", e.getMessage());
        }
    }

    /** The optional {@code redirect_hosts}: host names or "*.domain" patterns ({@link RedirectPolicy}). */
    private List<String> redirectHosts(JsonNode hosts) throws ModelException {
        if (hosts == null || hosts.isNull()) {
            return List.of();
        }
        if (!hosts.isArray()) {
            throw bad("redirect_hosts", "must be an array of host names (\"cdn-lfs.hf.co\" or \"*.hf.co\"), got " + hosts);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            JsonNode h = hosts.get(i);
            if (!h.isTextual() || !RedirectPolicy.validPattern(h.asText())) {
                throw bad("redirect_hosts[" + i + "]", "must be a host name such as \"cdn-lfs.hf.co\" or a pattern such as"
                        + " \"*.hf.co\" (no scheme, port, path or bare \"*\"), got " + h);
            }
            out.add(h.asText());
        }
        return out;
    }

    private List<ModelFile> files(JsonNode fs) throws ModelException {
        if (!fs.isArray() || fs.isEmpty()) {
            throw bad("files", "must be a non-empty array of {name, source, sha256, size}");
        }
        List<ModelFile> out = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            String field = "files[" + i + "]";
            String name = text(f, "name", field + ".name");
            String nameProblem = ModelFile.nameProblem(name);
            if (nameProblem != null) {
                throw bad(field + ".name", nameProblem);
            }
            JsonNode src = f.has("source") ? f.get("source") : f.get("url");
            JsonNode sha = f.get("sha256");
            if (sha != null && !sha.isNull() && !(sha.isTextual() && sha.asText().matches("[0-9a-f]{64}"))) {
                throw bad(field + ".sha256", "must be 64 lower-case hex digits, or null when not known (it is then"
                        + " recorded on first install), got " + sha);
            }
            JsonNode size = f.get("size");
            if (size != null && !size.isNull() && !(size.canConvertToLong() && size.asLong() > 0)) {
                throw bad(field + ".size", "must be a positive number of bytes, or null, got " + size);
            }
            try {
                out.add(new ModelFile(name, src == null || src.isNull() ? null : src.asText(),
                        sha == null || sha.isNull() ? null : sha.asText(), size == null || size.isNull() ? -1 : size.asLong()));
            } catch (IllegalArgumentException e) {
                throw bad(field, e.getMessage());
            }
        }
        return out;
    }

    private List<TensorSpec> tensors(JsonNode arr, String field, boolean inputs) throws ModelException {
        if (!arr.isArray() || arr.isEmpty()) {
            throw bad(field, "must be a non-empty array of {name, shape, ...}");
        }
        List<TensorSpec> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add(tensor(arr.get(i), field + "[" + i + "]", inputs));
        }
        return out;
    }

    private TensorSpec tensor(JsonNode t, String field, boolean input) throws ModelException {
        String name = text(t, "name", field + ".name");
        long[] shape = new long[0];
        JsonNode s = t.get("shape");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                throw bad(field + ".shape", "must be an array of dimensions (-1 for a dynamic one), got " + s);
            }
            shape = new long[s.size()];
            for (int k = 0; k < shape.length; k++) {
                JsonNode d = s.get(k);
                if (d.isTextual()) {
                    shape[k] = -1; // a named dynamic dimension ("batch", "height")
                } else if (!d.canConvertToLong() || d.asLong() < -1 || d.asLong() == 0) {
                    throw bad(field + ".shape[" + k + "]", "must be a positive size, -1 or a name, got " + d);
                } else {
                    shape[k] = d.asLong();
                }
            }
        } else if (input) {
            throw bad(field + ".shape", "is missing");
        }
        String layout = t.path("layout").asText(null);
        if (layout != null && shape.length > 0 && layout.length() != shape.length) {
            throw bad(field + ".layout", "\"" + layout + "\" has " + layout.length() + " letters for a shape of rank "
                    + shape.length);
        }
        Normalisation norm = null;
        if (t.has("mean") || t.has("std") || t.has("scale")) {
            try {
                norm = new Normalisation(t.path("scale").asDouble(1), triple(t, "mean", 0, field),
                        triple(t, "std", 1, field), t.path("normalisation").asText(""));
            } catch (IllegalArgumentException e) {
                throw bad(field + ".mean/std/scale", e.getMessage());
            }
        } else if (t.has("normalisation")) {
            norm = new Normalisation(1, new double[3], new double[] {1, 1, 1}, t.get("normalisation").asText());
        }
        String resize = t.path("resize").asText(null);
        return new TensorSpec(name, t.path("dtype").asText("float32"), shape, layout, t.path("meaning").asText(null),
                t.path("unit").asText(null), resize, norm);
    }

    private double[] triple(JsonNode t, String key, double fallback, String field) throws ModelException {
        JsonNode a = t.get(key);
        if (a == null) {
            return new double[] {fallback, fallback, fallback};
        }
        if (!a.isArray() || a.size() != 3 || !a.get(0).isNumber() || !a.get(1).isNumber() || !a.get(2).isNumber()) {
            throw bad(field + "." + key, "must be three numbers (R, G, B), got " + a);
        }
        return new double[] {a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble()};
    }

    private String text(JsonNode j, String key, boolean required) throws ModelException {
        return text(j, key, key);
    }

    private String text(JsonNode j, String key, String field) throws ModelException {
        JsonNode v = j.get(key);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw bad(field, v == null || v.isNull() ? "is missing" : "must be a non-empty string, got " + v);
        }
        return v.asText();
    }

    private ModelException bad(String field, String problem) {
        return new ModelException(where, "field \"" + field + "\" " + problem,
                "Fix the manifest (the built-in ones in " + ModelManifests.RESOURCE_DIR + " are examples; the schema is in"
                        + " docs/decisions/0005-model-manifests-and-store.md)");
    }
}
