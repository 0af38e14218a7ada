package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of a process. Loading models takes seconds, so it is built once, lazily, and
 * shared by every thread: StanfordCoreNLP is thread-safe for annotation.
 */
public final class NlpPipeline {
    /** Only what the rules use: tokens, sentences, part-of-speech tags and lemmas. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    /** Analyses already made, by text; null when this pipeline does not remember (the normal case). */
    private final Map<String, List<Sentence>> memo;

    private NlpPipeline(StanfordCoreNLP pipeline, Map<String, List<Sentence>> memo) {
        this.pipeline = pipeline;
        this.memo = memo;
    }

    /**
     * The same models, remembering every text's analysis: training reads each paper several times (once per
     * model it trains), and the analysis does not change in between. Memory grows with the texts read.
     */
    public NlpPipeline remembering() {
        return new NlpPipeline(pipeline, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private NlpPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // Keep "ResNet-50", "top-1" and brackets as written: names and offsets depend on it.
        props.setProperty("tokenize.options",
                "splitHyphenated=false,invertible=true,ptb3Escaping=false,untokenizable=noneKeep");
        props.setProperty("pos.maxlen", "200");
        this.pipeline = new StanfordCoreNLP(props);
        this.memo = null;
    }

    /** The process-wide pipeline, loading its models on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** Annotates several texts, using up to {@code threads} threads; results keep the input order. */
    List<List<Sentence>> annotate(List<String> texts, int threads) {
        if (memo != null) {
            List<String> missing = texts.stream().filter(t -> !memo.containsKey(t)).distinct().toList();
            List<List<Sentence>> fresh = analyse(missing, threads);
            for (int i = 0; i < missing.size(); i++) {
                memo.put(missing.get(i), fresh.get(i));
            }
            return texts.stream().map(memo::get).toList();
        }
        return analyse(texts, threads);
    }

    private List<List<Sentence>> analyse(List<String> texts, int threads) {
        List<Annotation> docs = new ArrayList<>(texts.size());
        for (String t : texts) {
            docs.add(new Annotation(t));
        }
        if (threads > 1 && docs.size() > 1) {
            pipeline.annotate(docs, threads);
        } else {
            docs.forEach(pipeline::annotate);
        }
        List<List<Sentence>> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(sentences(docs.get(i), texts.get(i)));
        }
        return out;
    }

    /**
     * CoreNLP splits "ResNet-50", "top-1" and "CIFAR10/100" at the hyphen or slash; names and ranges need
     * them whole, so tokens written without spaces around "-" or "/" are joined again, except two names a
     * slash lists ("COCO/LVIS").
     */
    static List<Token> glueHyphenated(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (i + 2 < tokens.size() && isJoiner(tokens.get(i + 1).text())
                    && t.end() == tokens.get(i + 1).begin() && tokens.get(i + 1).end() == tokens.get(i + 2).begin()
                    && isWordLike(t.text()) && isWordLike(tokens.get(i + 2).text())
                    && !slashBetweenNames(t.text(), tokens.get(i + 1).text(), tokens.get(i + 2).text())) {
                Token right = tokens.get(i + 2);
                String text = t.text() + tokens.get(i + 1).text() + right.text();
                String pos = t.pos().startsWith("NNP") || right.pos().startsWith("NNP") ? "NNP"
                        : right.pos().equals("CD") ? (t.pos().equals("CD") ? "CD" : "NN")
                        : right.pos().startsWith("NN") ? right.pos() : "JJ";
                String lemma = t.text() + tokens.get(i + 1).text() + right.lemma();
                t = new Token(text, pos, lemma, t.begin(), right.end());
                i += 2;
            }
            // "ResNet++", "LightHGNN^+": plus signs written onto a name belong to it
            int j = i + 1;
            StringBuilder suffix = new StringBuilder();
            while (j < tokens.size() && (tokens.get(j).text().equals("+") || tokens.get(j).text().equals("^"))
                    && tokens.get(j).begin() == (j == i + 1 ? t.end() : tokens.get(j - 1).end())) {
                suffix.append(tokens.get(j).text());
                j++;
            }
            if (suffix.length() > 0 && suffix.charAt(suffix.length() - 1) == '+' && isWordLike(t.text())) {
                t = new Token(t.text() + suffix, t.pos(), t.lemma() + suffix, t.begin(), tokens.get(j - 1).end());
                i = j - 1;
            }
            out.add(t);
        }
        return out;
    }

    /** Shorter sides are a pair of abbreviations written as one ("AR/VR", "I/O"), not two names. */
    private static final int MIN_LISTED_NAME = 3;

    /**
     * "COCO/LVIS", "ResNet/DeiT", "Kinetics-400/Kinetics-600": a slash between two names (each with a capital)
     * lists them, so they stay apart; a slash before a number or a lone letter is part of one name
     * ("CIFAR10/100", "ViT-B/16", "Swin-B/W14"), and one between lower-case words makes a unit or a pair
     * ("bits/min", "top-1/top-5", "and/or"), as does one between two short abbreviations ("AR/VR").
     */
    private static boolean slashBetweenNames(String left, String joiner, String right) {
        return joiner.equals("/") && left.length() >= MIN_LISTED_NAME && right.length() >= MIN_LISTED_NAME
                && Character.isLetter(right.charAt(0)) && Character.isLetter(right.charAt(1))
                && hasCapital(left) && hasCapital(right);
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isJoiner(String s) {
        return s.equals("-") || s.equals("/") || s.equals("–") || s.equals("~");
    }

    private static boolean isWordLike(String s) {
        return !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1));
    }

    private static List<Sentence> sentences(Annotation doc, String text) {
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), t.tag(), t.lemma(), t.beginPosition(), t.endPosition()));
            }
            tokens = glueHyphenated(InlineMath.glue(tokens, text));
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(text.substring(begin, end), begin, end, tokens));
        }
        return out;
    }
}
