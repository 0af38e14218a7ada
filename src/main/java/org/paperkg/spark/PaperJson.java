package org.paperkg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.model.Paper;

/**
 * A paper as JSON between the job's stages: every field of the model's {@link Paper} record goes through (Jackson
 * maps records by their components), so a field the readers add later reaches the extractor without a change here.
 */
final class PaperJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String write(Paper paper) {
        try {
            return JSON.writeValueAsString(paper);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a paper as JSON: " + e.getMessage(), e);
        }
    }

    static Paper read(String json) {
        try {
            return JSON.readValue(json, Paper.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a paper from JSON: " + e.getMessage(), e);
        }
    }

    private PaperJson() {
    }
}
