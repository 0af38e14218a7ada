package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's file of identity overrides for {@code build --aliases FILE}: lexicon lines with their type in
 * front, "method: Partitioning Around Medoids | PAM". Blank lines and lines starting with "#" are comments.
 */
public final class UserAliases {
    /** One override: the entity type and the rest of the line in the lexicon's format. */
    public record Line(EntityType type, String text) {
    }

    private UserAliases() {
    }

    /** The lines of an aliases file; an unknown type or a missing "type:" names the line it is on. */
    public static List<Line> read(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            EntityType type = colon < 0 ? null : typeNamed(line.substring(0, colon).strip());
            if (type == null) {
                throw new IllegalArgumentException(file + ":" + number
                        + ": a line starts with method:, dataset:, metric: or task: (" + line + ")");
            }
            out.add(new Line(type, line.substring(colon + 1).strip()));
        }
        return out;
    }

    private static EntityType typeNamed(String word) {
        for (EntityType t : EntityType.values()) {
            if (t.singular().equals(word.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
