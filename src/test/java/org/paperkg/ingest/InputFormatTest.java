package org.paperkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFormatTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(InputFormatTest.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void detectsFormatByExtension() throws IOException {
        Path anything = Files.writeString(dir.resolve("a.JSONL"), "not even json");
        assertEquals(InputFormat.JSONL, InputFormat.detect(anything));
        assertEquals(InputFormat.JSONL, InputFormat.detect(dir.resolve("missing.ndjson")));
        assertEquals(InputFormat.JSONL, InputFormat.detect(dir.resolve("missing.json")));
        assertEquals(InputFormat.LISTING, InputFormat.detect(Files.writeString(dir.resolve("b.txt"), "{\"x\": 1}")));
    }

    @Test
    void detectsFormatByContentWhenTheExtensionSaysNothing() throws URISyntaxException, IOException {
        assertEquals(InputFormat.JSONL, InputFormat.detect(fixture("jsonl-content-no-extension")));
        assertEquals(InputFormat.LISTING, InputFormat.detect(fixture("listing-content-no-extension")));
        Path padded = Files.writeString(dir.resolve("papers.data"), "\uFEFF\n  \r\n\t{\"title\": \"T\"}");
        assertEquals(InputFormat.JSONL, InputFormat.detect(padded));
    }

    @Test
    void undetectableFilesDefaultToListing() throws IOException {
        assertEquals(InputFormat.LISTING, InputFormat.detect(dir.resolve("no-such-file")));
        assertEquals(InputFormat.LISTING, InputFormat.detect(Files.createDirectory(dir.resolve("d"))));
        assertEquals(InputFormat.LISTING, InputFormat.detect(Files.writeString(dir.resolve("blank"), "  \n")));
    }

    @Test
    void byNameFindsFormatsIgnoringCase() {
        assertEquals(InputFormat.LISTING, InputFormat.byName("listing"));
        assertEquals(InputFormat.JSONL, InputFormat.byName("JSONL"));
        assertEquals("jsonl", InputFormat.JSONL.formatName());
    }

    @Test
    void byNameRejectsUnknownNamesListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.byName("csv"));
        assertEquals("unknown input format 'csv'; known formats: listing, jsonl, arxiv-oai, arxiv-json, openalex, s2-papers,"
                + " s2-abstracts, pubmed, bibtex", e.getMessage());
    }

    @Test
    void eachFormatHasItsReader() {
        assertInstanceOf(ListingTextReader.class, InputFormat.LISTING.reader());
        assertInstanceOf(JsonLinesReader.class, InputFormat.JSONL.reader());
        assertTrue(InputFormat.JSONL.extensions().contains("ndjson"));
    }
}
