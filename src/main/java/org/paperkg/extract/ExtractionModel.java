package org.paperkg.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned parts of the extractor, as {@code paperkg train} writes them to a folder: the mention tagger,
 * the mention filter and a description. The jar carries one trained on the shared training pool; a user's
 * own (trained on another field) is read with {@code build --model DIR}.
 *
 * @param tagger      the sequence tagger, or null for the rules' candidates alone
 * @param filter      the mention filter, or null to keep every candidate
 * @param roles       the learned role choice for methods, or null for the role rules alone
 * @param results     the learned confidence of claimed results, or null for the rules' fixed confidences
 * @param slots       the learned choice of each result's metric, method and dataset, or null for the rules' choice
 * @param phrases     document frequencies of phrases in an unlabeled corpus, evidence for the filter (never null)
 * @param description what it was trained on and how (the {@code model.properties} of the folder)
 */
public record ExtractionModel(MentionTagger tagger, MentionFilter filter, RoleClassifier roles,
                              ResultConfidence results, ResultSlots slots, PhraseFrequencies phrases,
                              Properties description) {
    static final String TAGGER_FILE = "tagger.ser.gz";
    static final String FILTER_FILE = "filter.ser.gz";
    static final String ROLES_FILE = "roles.ser.gz";
    static final String DESCRIPTION_FILE = "model.properties";
    static final String PHRASES_FILE = "phrases.tsv.gz";
    static final String RESULTS_FILE = "results.ser.gz";
    static final String SLOTS_FILE = "slots.ser.gz";
    private static final String BUNDLED = "/org/paperkg/models/";
    /** Every file a model folder may hold, in the order its digest reads them. */
    private static final java.util.List<String> FILES = java.util.List.of(DESCRIPTION_FILE, TAGGER_FILE, FILTER_FILE,
            ROLES_FILE, RESULTS_FILE, SLOTS_FILE, PHRASES_FILE);
    /**
     * The description property a read model gets (never written): a digest of its files' bytes, so that two
     * trainings under one name still tell apart in a store's provenance.
     */
    static final String DIGEST_PROPERTY = "digest";
    /** Hex digits of the SHA-256 digest kept: enough to tell models apart, short enough to read. */
    private static final int DIGEST_HEX_DIGITS = 12;

    private static volatile ExtractionModel bundled;

    /** No learned parts: the rules alone, every candidate kept. */
    public static ExtractionModel rulesOnly() {
        return new ExtractionModel(null, null, null, null, null, PhraseFrequencies.none(), new Properties());
    }

    public ExtractionModel {
        phrases = phrases == null ? PhraseFrequencies.none() : phrases;
    }

    /** Candidates only: a tagger (or none) with the candidate kind and phrase counts the filter will be trained on. */
    public static ExtractionModel candidatesOnly(MentionTagger tagger, PhraseFrequencies phrases, Properties description) {
        return new ExtractionModel(tagger, null, null, null, null, phrases, description);
    }

    /** The model in the jar, read once per process; rules only when the jar carries none. */
    public static ExtractionModel bundled() {
        ExtractionModel m = bundled;
        if (m == null) {
            synchronized (ExtractionModel.class) {
                m = bundled;
                if (m == null) {
                    m = readBundled();
                    bundled = m;
                }
            }
        }
        return m;
    }

    private static ExtractionModel readBundled() {
        try (InputStream t = ExtractionModel.class.getResourceAsStream(BUNDLED + TAGGER_FILE);
             InputStream f = ExtractionModel.class.getResourceAsStream(BUNDLED + FILTER_FILE);
             InputStream r = ExtractionModel.class.getResourceAsStream(BUNDLED + ROLES_FILE);
             InputStream d = ExtractionModel.class.getResourceAsStream(BUNDLED + DESCRIPTION_FILE);
             InputStream ph = ExtractionModel.class.getResourceAsStream(BUNDLED + PHRASES_FILE);
             InputStream rs = ExtractionModel.class.getResourceAsStream(BUNDLED + RESULTS_FILE);
             InputStream sl = ExtractionModel.class.getResourceAsStream(BUNDLED + SLOTS_FILE)) {
            if (f == null) {
                return rulesOnly();
            }
            Properties description = new Properties();
            if (d != null) {
                description.load(d);
            }
            description.setProperty(DIGEST_PROPERTY, digest(name -> ExtractionModel.class.getResourceAsStream(BUNDLED + name)));
            return new ExtractionModel(t == null ? null : MentionTagger.read(gunzip(t)), MentionFilter.read(gunzip(f)),
                    r == null ? null : RoleClassifier.read(gunzip(r)),
                    rs == null ? null : ResultConfidence.read(gunzip(rs)),
                    sl == null ? null : ResultSlots.read(gunzip(sl)),
                    ph == null ? PhraseFrequencies.none() : PhraseFrequencies.read(gunzip(ph)), description);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled extraction model", e);
        }
    }

    /** Reads a model folder written by {@link #write}. */
    public static ExtractionModel read(Path dir) throws IOException {
        Path t = dir.resolve(TAGGER_FILE);
        Path f = dir.resolve(FILTER_FILE);
        if (!Files.isRegularFile(f)) {
            throw new NoSuchFileException(dir.toString(), null,
                    "not a paperkg model folder: it needs " + FILTER_FILE + " (paperkg train writes it)");
        }
        Properties description = new Properties();
        Path d = dir.resolve(DESCRIPTION_FILE);
        if (Files.isRegularFile(d)) {
            try (InputStream in = Files.newInputStream(d)) {
                description.load(in);
            }
        }
        description.setProperty(DIGEST_PROPERTY, digest(name -> Files.isRegularFile(dir.resolve(name))
                ? Files.newInputStream(dir.resolve(name)) : null));
        MentionTagger tagger = null;
        if (Files.isRegularFile(t)) {
            try (InputStream tin = Files.newInputStream(t)) {
                tagger = MentionTagger.read(gunzip(tin));
            }
        }
        RoleClassifier roles = null;
        Path r = dir.resolve(ROLES_FILE);
        if (Files.isRegularFile(r)) {
            try (InputStream rin = Files.newInputStream(r)) {
                roles = RoleClassifier.read(gunzip(rin));
            }
        }
        ResultConfidence results = null;
        Path rs = dir.resolve(RESULTS_FILE);
        if (Files.isRegularFile(rs)) {
            try (InputStream rin = Files.newInputStream(rs)) {
                results = ResultConfidence.read(gunzip(rin));
            }
        }
        ResultSlots slots = null;
        Path sl = dir.resolve(SLOTS_FILE);
        if (Files.isRegularFile(sl)) {
            try (InputStream sin = Files.newInputStream(sl)) {
                slots = ResultSlots.read(gunzip(sin));
            }
        }
        PhraseFrequencies phrases = PhraseFrequencies.none();
        Path ph = dir.resolve(PHRASES_FILE);
        if (Files.isRegularFile(ph)) {
            try (InputStream pin = Files.newInputStream(ph)) {
                phrases = PhraseFrequencies.read(gunzip(pin));
            }
        }
        try (InputStream fin = Files.newInputStream(f)) {
            return new ExtractionModel(tagger, MentionFilter.read(gunzip(fin)), roles, results, slots, phrases, description);
        }
    }

    /** Writes the model into a folder (created when missing). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(TAGGER_FILE));
        if (tagger != null) {
            try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(TAGGER_FILE)))) {
                tagger.write(out);
            }
        }
        try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(FILTER_FILE)))) {
            filter.write(out);
        }
        Files.deleteIfExists(dir.resolve(RESULTS_FILE));
        if (results != null) {
            try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(RESULTS_FILE)))) {
                results.write(out);
            }
        }
        Files.deleteIfExists(dir.resolve(SLOTS_FILE));
        if (slots != null) {
            try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(SLOTS_FILE)))) {
                slots.write(out);
            }
        }
        Files.deleteIfExists(dir.resolve(PHRASES_FILE));
        if (!phrases.isEmpty()) {
            try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(PHRASES_FILE)))) {
                phrases.write(out);
            }
        }
        Files.deleteIfExists(dir.resolve(ROLES_FILE));
        if (roles != null) {
            try (OutputStream out = gzip(Files.newOutputStream(dir.resolve(ROLES_FILE)))) {
                roles.write(out);
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(DESCRIPTION_FILE))) {
            // Properties.store writes a date line; written by hand so the file is the same on every run.
            StringBuilder sb = new StringBuilder("# paperkg extraction model (paperkg train)\n");
            description.stringPropertyNames().stream().filter(k -> !k.equals(DIGEST_PROPERTY)).sorted()
                    .forEach(k -> sb.append(k).append('=').append(description.getProperty(k)).append('\n'));
            out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The description property saying the filter was trained on open candidates ({@link OpenCandidates}); a
     * model trained without them must not see them, since it never learned what they are.
     */
    public static final String CANDIDATES_PROPERTY = "candidates";
    public static final String OPEN_CANDIDATES = "open";

    /** Whether the extractor offers open candidates (noun phrases, other types) to this model's filter. */
    public boolean openCandidates() {
        return OPEN_CANDIDATES.equals(description.getProperty(CANDIDATES_PROPERTY));
    }

    /**
     * The description property with the lowest result confidence of the high-precision tier: the results at or
     * above it were fully right at least 90% of the time on held-out papers ({@code paperkg train} measures it),
     * or "none" when no confidence reached that.
     */
    public static final String TIER_PROPERTY = "results.tier";

    /** The high-precision tier's lowest confidence, or empty when the model has none (or no learned results). */
    public Optional<BigDecimal> tierConfidence() {
        String tier = description.getProperty(TIER_PROPERTY, "").strip();
        return results == null || !tier.matches("0?\\.\\d+|1(\\.0+)?") ? Optional.empty()
                : Optional.of(new BigDecimal(tier).stripTrailingZeros()); // "0.860" reads as the store prints it, 0.86
    }

    /**
     * A short name for provenance: the description's name with the digest of the files it was read from
     * ("paperkg-learned-929 (sha256:1f0c9e2ab34d)"), or "rules" with no learned parts. Two trainings under one
     * name differ in the digest, so a store can tell which one extracted it.
     */
    public String name() {
        if (filter == null) {
            return "rules";
        }
        String name = description.getProperty("name", "learned");
        String digest = description.getProperty(DIGEST_PROPERTY);
        return digest == null ? name : name + " (sha256:" + digest + ")";
    }

    /** Opens one of a model's files by name, or returns null where the model has none. */
    @FunctionalInterface
    private interface ModelFiles {
        InputStream open(String name) throws IOException;
    }

    /** The first {@link #DIGEST_HEX_DIGITS} hex digits of SHA-256 over the model's files, in {@link #FILES} order. */
    private static String digest(ModelFiles files) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        for (String name : FILES) {
            try (InputStream in = files.open(name)) {
                if (in == null) {
                    continue;
                }
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, DIGEST_HEX_DIGITS);
    }

    private static InputStream gunzip(InputStream in) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(in, 1 << 16));
    }

    private static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16));
    }
}
