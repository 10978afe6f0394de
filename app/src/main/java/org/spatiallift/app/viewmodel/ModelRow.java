package org.spatiallift.app.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.spatiallift.engine.perception.model.DownloadCancel;
import org.spatiallift.engine.perception.model.ModelManifest;

/**
 * One model in the Models dialog: what it is (id, role, licence, description), whether it is installed, its size, its
 * files' SHA-256, and the state of a download (status text, progress 0..1 or −1 while the total is unknown, busy).
 */
public final class ModelRow {

    private final ModelManifest manifest;
    private DownloadCancel cancel = new DownloadCancel();

    // Properties
    private final ReadOnlyBooleanWrapper installed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sha256 = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    ModelRow(ModelManifest manifest) {
        this.manifest = manifest;
    }

    public String id() {
        return manifest.id();
    }

    /** The role as the manifests name it ("box_segmenter", "image_text_embedding", …). */
    public String role() {
        return manifest.role().jsonName();
    }

    public String licence() {
        return manifest.licence() == null ? "not stated in the manifest" : manifest.licence();
    }

    public String description() {
        return manifest.description() == null ? "" : manifest.description();
    }

    /** True when every file has a source the app can fetch (else the user installs it with --from FILE). */
    public boolean downloadable() {
        return manifest.files().stream().allMatch(f -> f.source() != null);
    }

    public ReadOnlyBooleanProperty installedProperty() {
        return installed.getReadOnlyProperty();
    }

    /** "123.4 MB on disk", "download 25.0 MB" or "size unknown until downloaded". */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** One line per file: its SHA-256 and whether the manifest pins it or it was recorded on first install. */
    public ReadOnlyStringProperty sha256Property() {
        return sha256.getReadOnlyProperty();
    }

    /** "installed", "not installed", the download's progress, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How to install the model outside the app (the CLI command, or where to put the files). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** 0..1 while downloading (−1 when the total is unknown), 1 when installed, 0 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a download or removal runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ModelManifest manifest() {
        return manifest;
    }

    /** The running (or last) download's cancel. */
    DownloadCancel cancel() {
        return cancel;
    }

    /** A fresh cancel for a new download. */
    DownloadCancel newCancel() {
        cancel = new DownloadCancel();
        return cancel;
    }

    void show(boolean isInstalled, String sizeText, String shaText, String statusText, String hintText) {
        installed.set(isInstalled);
        hint.set(hintText);
        size.set(sizeText);
        sha256.set(shaText);
        status.set(statusText);
        progress.set(isInstalled ? 1 : 0);
    }

    void progress(double share, String statusText) {
        progress.set(share);
        status.set(statusText);
    }

    void status(String statusText) {
        status.set(statusText);
    }

    void busy(boolean b) {
        busy.set(b);
    }
}
