package org.spatiallift.app.viewmodel;


import org.spatiallift.engine.camera.Intrinsics;

/**
 * What a scene was lifted with, in words, so a wrong depth format or a guessed camera is visible: "Depth tum,
 * 5000 units/m (file name prefix TUM_) · intrinsics given: fx 525.0 px, fy 525.0 px".
 */
final class LiftedWith {

    private LiftedWith() {
    }

    static String of(SceneModel scene) {
        return "Depth " + scene.depthSource() + " · intrinsics " + intrinsics(scene.result().input().intrinsics());
    }

    /** "given: fx 525.0 px, fy 525.0 px", "from EXIF: …", "guessed, a 60° horizontal field of view: …". */
    static String intrinsics(Intrinsics k) {
        String source = switch (k.source()) {
            case GIVEN -> "given";
            case EXIF -> "from the EXIF focal length";
            case DEFAULT_FOV -> Formats.format("guessed, a %.0f° horizontal field of view",
                    k.horizontalFovDeg());
        };
        return Formats.format("%s: fx %.1f px, fy %.1f px", source, k.fx(), k.fy());
    }
}
