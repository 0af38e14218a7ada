package org.paperkg.export;

/** A named export format: what {@code export --format NAME} writes, and the usual file extension. */
public record ExportFormat(String name, String extension, String description, Exporter exporter) {
}
