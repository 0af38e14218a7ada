package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In how many abstracts of an unlabeled corpus each short phrase occurs: termhood evidence for the mention
 * filter. A phrase many unrelated abstracts use ("graph convolution", "knowledge distillation") is a term of
 * the field; one no other abstract uses is usually a description ("our two-stage refinement step").
 * Phrases are word sequences, lower case, a plural "s" dropped, as {@link #key} makes them.
 */
public final class PhraseFrequencies {
    /** Phrases longer than this many words are not counted: open candidates are at most this long. */
    public static final int MAX_WORDS = OpenCandidates.MAX_TOKENS;
    /** Phrases in fewer abstracts than this are not kept: they say nothing beyond "rare" and make the table large. */
    public static final int MIN_DOCUMENTS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");

    private final Map<String, Integer> documents;
    private final int corpusSize;

    PhraseFrequencies(Map<String, Integer> documents, int corpusSize) {
        this.documents = documents;
        this.corpusSize = corpusSize;
    }

    /** No counts: every phrase is unseen. */
    public static PhraseFrequencies none() {
        return new PhraseFrequencies(Map.of(), 0);
    }

    public boolean isEmpty() {
        return corpusSize == 0;
    }

    /** The number of abstracts the phrase occurs in (0 below {@link #MIN_DOCUMENTS}). */
    public int documents(String phrase) {
        return documents.getOrDefault(key(phrase), 0);
    }

    public int corpusSize() {
        return corpusSize;
    }

    /** The phrase's words, lower case, a plural "s" dropped, joined by single spaces. */
    public static String key(String phrase) {
        return String.join(" ", words(phrase));
    }

    /** The words of a text as {@link #key} normalizes them. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /** Counts that an {@link Counter} collects, one abstract at a time. */
    public static final class Counter {
        private final Map<String, Integer> documents = new HashMap<>();
        private int corpusSize;

        /** Counts each distinct phrase of one abstract once. */
        public void add(String text) {
            List<String> words = words(text);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                StringBuilder phrase = new StringBuilder();
                for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                    if (n > 0) {
                        phrase.append(' ');
                    }
                    phrase.append(words.get(i + n));
                    String p = phrase.toString();
                    if (seen.add(p)) {
                        documents.merge(p, 1, Integer::sum);
                    }
                }
            }
            corpusSize++;
        }

        public PhraseFrequencies frequencies() {
            Map<String, Integer> kept = new HashMap<>();
            documents.forEach((p, n) -> {
                if (n >= MIN_DOCUMENTS) {
                    kept.put(p, n);
                }
            });
            return new PhraseFrequencies(Collections.unmodifiableMap(kept), corpusSize);
        }
    }

    /** Tab-separated "phrase, abstracts" lines, sorted, after a first line with the corpus size. */
    void write(OutputStream out) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("#corpus\t" + corpusSize + "\n");
        for (String p : new java.util.TreeSet<>(documents.keySet())) {
            w.write(p + "\t" + documents.get(p) + "\n");
        }
        w.flush();
    }

    static PhraseFrequencies read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> documents = new HashMap<>();
        int size = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.lastIndexOf('\t');
            if (line.startsWith("#corpus\t")) {
                size = Integer.parseInt(line.substring(tab + 1));
            } else if (tab > 0) {
                documents.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return new PhraseFrequencies(Collections.unmodifiableMap(documents), size);
    }
}
