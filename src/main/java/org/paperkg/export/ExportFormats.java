package org.paperkg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one registry of export formats: formats are data, and the CLI lists whatever is registered here. */
public final class ExportFormats {
    private static final Map<String, ExportFormat> FORMATS = new LinkedHashMap<>();

    static {
        register(new ExportFormat("jsonl", "jsonl",
                "one JSON record per paper, the format of shared/eval/FORMAT.md", new JsonLinesExporter()));
    }

    private ExportFormats() {
    }

    private static void register(ExportFormat f) {
        FORMATS.put(f.name(), f);
    }

    public static ExportFormat byName(String name) {
        ExportFormat f = FORMATS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; use one of " + String.join(", ", names()));
        }
        return f;
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }
}
