package org.spatiallift.engine.perception.caption;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.describe.ModelCaptions;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Model captions for the objects of a scene: each object's crop — the pixel box of its points (the cloud's pixel
 * index v·width + u), widened by {@value #MARGIN} of its size on each side and clipped to the image — captioned by
 * an {@link ImageCaptioner}. The describer puts them in front of its measured captions ({@link ModelCaptions}).
 */
public final class ObjectCaptions {

    /** Margin added on each side of an object's pixel box, as a fraction of the box's width and height. */
    public static final double MARGIN = 0.1;

    private static final Logger LOG = LoggerFactory.getLogger(ObjectCaptions.class);

    private ObjectCaptions() {
    }

    /**
     * Captions every object with at least one point.
     *
     * @param image       the image the cloud was lifted from
     * @param cloudCamera the cloud the objects' {@code cloudIndices} point into
     */
    public static ModelCaptions of(ImageCaptioner captioner, ColorImage image, PointCloud cloudCamera,
            List<SceneObject> objects) throws ModelException {
        Map<Integer, String> byId = new HashMap<>();
        for (SceneObject o : objects) {
            ColorImage crop = crop(image, cloudCamera, o.cloudIndices());
            if (crop != null) {
                Caption c = captioner.caption(crop);
                LOG.debug("object {}: model caption \"{}\" ({} ms)", o.id(), c.text(), Math.round(c.timings().totalMs()));
                byId.put(o.id(), c.text());
            }
        }
        return object -> byId.get(object.id());
    }

    /** The crop around the pixels of {@code indices}, or null when there are none. */
    static ColorImage crop(ColorImage image, PointCloud cloud, int[] indices) {
        int w = image.width();
        int u0 = Integer.MAX_VALUE, v0 = Integer.MAX_VALUE, u1 = -1, v1 = -1;
        for (int i : indices) {
            int p = cloud.pixel()[i];
            int u = p % w;
            int v = p / w;
            u0 = Math.min(u0, u);
            v0 = Math.min(v0, v);
            u1 = Math.max(u1, u);
            v1 = Math.max(v1, v);
        }
        if (u1 < 0) {
            return null;
        }
        int mu = (int) Math.round((u1 - u0 + 1) * MARGIN);
        int mv = (int) Math.round((v1 - v0 + 1) * MARGIN);
        u0 = Math.max(0, u0 - mu);
        v0 = Math.max(0, v0 - mv);
        u1 = Math.min(w - 1, u1 + mu);
        v1 = Math.min(image.height() - 1, v1 + mv);
        int cw = u1 - u0 + 1;
        int ch = v1 - v0 + 1;
        int[] rgb = new int[cw * ch];
        for (int v = 0; v < ch; v++) {
            System.arraycopy(image.rgb(), (v0 + v) * w + u0, rgb, v * cw, cw);
        }
        return new ColorImage(cw, ch, rgb);
    }
}
