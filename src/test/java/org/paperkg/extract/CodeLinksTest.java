package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Code links: URLs without the punctuation of the sentence around them. */
class CodeLinksTest {

    @Test
    void trailingFullStopIsStripped() {
        assertEquals(List.of("https://github.com/owner/repo"),
                CodeLinks.find("Code is available at https://github.com/owner/repo."));
    }

    @Test
    void closingBracketOfTheSentenceIsStripped() {
        assertEquals(List.of("https://example.org/project"),
                CodeLinks.find("See the project page (https://example.org/project)."));
    }

    @Test
    void bracketThatTheUrlOpenedIsKept() {
        assertEquals(List.of("https://en.wikipedia.org/wiki/Net_(math)"),
                CodeLinks.find("See https://en.wikipedia.org/wiki/Net_(math), for details."));
    }

    @Test
    void severalTrailingMarksAreStripped() {
        assertEquals(List.of("https://github.com/a/b"), CodeLinks.find("Code: \"https://github.com/a/b\";"));
    }

    @Test
    void wwwLinkGetsAScheme() {
        assertEquals(List.of("https://www.example.org/code"), CodeLinks.find("Code at www.example.org/code, soon."));
    }

    @Test
    void sameLinkTwiceIsOneLink() {
        assertEquals(List.of("https://github.com/a/b"),
                CodeLinks.find("Code: https://github.com/a/b. Mirror: https://github.com/a/b!"));
    }

    @Test
    void extractorReportsTheLinksOfTheAbstract() {
        Facts f = Facts.ofAbstract("We release our code. It is at https://github.com/owner/repo.");
        assertEquals(List.of("https://github.com/owner/repo"), f.facts.codeUrls());
    }

    @Test
    void typographicQuotesAroundALinkAreStripped() {
        assertEquals(List.of("https://github.com/a/b"), CodeLinks.find("Code: \u201Chttps://github.com/a/b\u201D."));
    }

    @Test
    void fullWidthPunctuationAfterALinkIsStripped() {
        assertEquals(List.of("https://github.com/a/b"), CodeLinks.find("Code: https://github.com/a/b\u3002"));
    }

    @Test
    void linkInBackticksIsAValidIriWithoutTheBackticks() {
        List<String> found = CodeLinks.find("Code: `https://github.com/a/b`.");
        assertEquals(List.of("https://github.com/a/b"), found);
    }

    @Test
    void everyFoundLinkIsAValidIri() {
        for (String url : CodeLinks.find("See https://example.org/a|b and https://example.org/x^y and https://example.org/{id}.")) {
            org.junit.jupiter.api.Assertions.assertTrue(org.apache.jena.irix.IRIs.check(url), url);
        }
    }
}
