package org.spatiallift.engine.qa;

import org.spatiallift.engine.perception.model.LocatedModel;

/**
 * A model that contributed to a scene, for provenance.
 *
 * @param id       the model's id in its manifest
 * @param role     what it did ("detector", "metric_depth", ...)
 * @param sha256   hex SHA-256 of the model file
 * @param revision the upstream revision its download is pinned to, or null when the manifest pins none
 */
public record ModelRef(String id, String role, String sha256, String revision) {

    public ModelRef {
        if (id == null || id.isBlank() || role == null || role.isBlank() || sha256 == null) {
            throw new IllegalArgumentException("a model reference needs an id, a role and a SHA-256");
        }
    }

    /** A model whose manifest pins no revision. */
    public ModelRef(String id, String role, String sha256) {
        this(id, role, sha256, null);
    }

    /** The depth model {@code m} that estimated a scene's depth (role {@link SceneSource#DEPTH_ROLE}), or null. */
    public static ModelRef ofDepthModel(LocatedModel m) {
        return m == null ? null : new ModelRef(m.manifest().id(), SceneSource.DEPTH_ROLE,
                m.sha256().get(m.manifest().graph()), m.manifest().revision());
    }
}
