package org.paperkg.export;

/** A named export format: what {@code export --format NAME} writes, and the usual file extension. */
public record ExportFormat(String name, String extension, String description, Exporter exporter) {
    /** True when the format writes a folder of files (given by --out) instead of one stream. */
    public boolean writesDirectory() {
        return exporter instanceof DirectoryExporter;
    }

    /** True when --view, --types and --min-support apply. */
    public boolean hasViews() {
        return exporter instanceof GraphExporter;
    }
}
