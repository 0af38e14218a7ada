package org.paperkg.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.paperkg.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A learned sequence tagger for method, dataset, metric and task mentions: CoreNLP's linear-chain CRF over
 * the extractor's own tokens (IO labels), with word shapes, character n-grams, part-of-speech tags and the
 * lexicons as gazette features. It proposes spans the rules miss and gives every stretch of tokens a
 * probability per type, which the mention filter uses as evidence.
 */
public final class MentionTagger {
    /** The label of tokens outside any mention. */
    static final String OUTSIDE = "O";

    private final CRFClassifier<CoreLabel> crf;

    private MentionTagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** Per-token label probabilities of one sentence, in {@link EntityType} order. */
    public record TokenProbabilities(double[][] byToken) {
        /** The mean probability that tokens [from, to) belong to a mention of {@code type}. */
        double mean(EntityType type, int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += byToken[i][type.ordinal()];
            }
            return to > from ? sum / (to - from) : 0;
        }

        /** The most probable type of token {@code i}, or null when "outside" is likelier than any type. */
        EntityType best(int i) {
            double outside = 1;
            EntityType best = null;
            double bestP = 0;
            for (EntityType t : EntityType.values()) {
                double p = byToken[i][t.ordinal()];
                outside -= p;
                if (p > bestP) {
                    bestP = p;
                    best = t;
                }
            }
            return bestP > outside ? best : null;
        }
    }

    /** The label probabilities of each token of a sentence. */
    TokenProbabilities probabilities(Sentence s) {
        List<CoreLabel> doc = asDocument(s, null);
        CRFCliqueTree<String> tree = crf.getCliqueTree(doc);
        double[][] out = new double[s.size()][EntityType.values().length];
        for (int i = 0; i < s.size(); i++) {
            for (EntityType t : EntityType.values()) {
                int label = crf.classIndex.indexOf(t.name());
                out[i][t.ordinal()] = label < 0 ? 0 : tree.prob(i, label);
            }
        }
        return new TokenProbabilities(out);
    }

    /** The likeliest label of each token of a labelled sentence (as {@link RuleBasedExtractor#labelledSentences} gives). */
    public List<String> labels(List<CoreLabel> sentence) {
        List<CoreLabel> copy = new ArrayList<>(sentence.size());
        sentence.forEach(l -> copy.add(new CoreLabel(l)));
        return crf.classify(copy).stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    /** One sentence as CoreNLP training or test input; labels may be null (unknown). */
    static List<CoreLabel> asDocument(Sentence s, String[] labels) {
        List<CoreLabel> doc = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.text());
            l.setValue(t.text());
            l.setOriginalText(t.text());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.set(CoreAnnotations.AnswerAnnotation.class, labels == null ? OUTSIDE : labels[i]);
            l.set(CoreAnnotations.GoldAnswerAnnotation.class, labels == null ? OUTSIDE : labels[i]);
            doc.add(l);
        }
        return doc;
    }

    /**
     * Trains a tagger on labelled sentences (one label per token: a type name or {@link #OUTSIDE}).
     * The lexicons become gazette features, so a known name is evidence, not a verdict. Trained on one thread, so
     * that the same sentences always give the same model (see {@link #features}); callers train several at once.
     */
    static MentionTagger train(List<List<CoreLabel>> sentences, Lexicon lexicon) {
        try {
            // The gazette stays: another training may be reading the same file (it is a few hundred kB, reused).
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(features(gazetteFile(lexicon)));
            crf.train(sentences, crf.makeReaderAndWriter());
            return new MentionTagger(crf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CoreNLP's usual NER features, trimmed for speed (character n-grams up to 4, no disjunctions or word pairs,
     * features seen fewer than twice dropped)
     * and with POS tags, lemmas and the lexicon gazette added. Iterations are capped so that training the
     * shipped model and its cross-validation folds fits the 15-minute training budget on 2 cores. One gradient
     * thread: CoreNLP sums the gradients of several threads in the order they finish, and a whole-pool tagger
     * trained on two differed from run to run in the last bits of its weights.
     */
    private static Properties features(Path gazette) {
        Properties p = new Properties();
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "4");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useTags", "true");
        p.setProperty("useLemmas", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "true");
        p.setProperty("maxLeft", "1");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("wordShape", "chris2useLC");
        p.setProperty("useGazettes", "true");
        p.setProperty("sloppyGazette", "true");
        p.setProperty("cleanGazette", "true");
        p.setProperty("gazette", gazette.toString());
        p.setProperty("maxIterations", "50");
        p.setProperty("featureCountThreshold", "2");
        p.setProperty("multiThreadGrad", "1");
        p.setProperty("backgroundSymbol", OUTSIDE);
        return p;
    }

    /**
     * The lexicon's gazette, written under the temporary directory with a name made of its content's hash: the
     * classifier keeps the file's path among its flags, and a random temporary name made every trained model
     * differ from the last in those few bytes. Written through a file of its own and moved, so two trainings at
     * once never read a half-written gazette.
     */
    private static Path gazetteFile(Lexicon lexicon) throws IOException {
        String text = gazette(lexicon);
        String hash = String.format("%08x", text.hashCode());
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "paperkg-gazette-" + hash + ".txt");
        Path part = Files.createTempFile(file.getParent(), "paperkg-gazette-", ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** One gazette line per lexicon form: "TYPE word word ...". */
    private static String gazette(Lexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        for (LexiconEntry e : lexicon.entries()) {
            for (String form : e.forms()) {
                String words = form.strip().replaceAll("\\s+", " ");
                if (!words.isEmpty()) {
                    sb.append(e.type().name()).append(' ').append(words).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Writes the model (Java serialization, as CoreNLP's own models). */
    void write(OutputStream out) throws IOException {
        ObjectOutputStream oos = new ObjectOutputStream(out);
        crf.serializeClassifier(oos);
        oos.flush();
    }

    /** Reads a model written by {@link #write}. */
    static MentionTagger read(InputStream in) throws IOException {
        try {
            return new MentionTagger(CRFClassifier.getClassifier(new ObjectInputStream(in)));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a paperkg tagger model: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MentionTagger(labels %s)", crf.classIndex);
    }
}
