package org.paperkg.extract;

import org.paperkg.model.MethodRole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One paper while the extraction stages work on it: its sentences (title first), which tokens of each an
 * earlier stage explained ({@link TokenClaims}), the entity spans found so far, and what stages concluded
 * about them. Stages add, replace and remove spans only here, so the span list keeps one order and every span
 * carries the {@link Source} of the stage that made it.
 */
final class PaperAnalysis {
    private final List<Sentence> sentences;
    private final int titleSentences;
    private final String title;
    private final List<TokenClaims> claims;
    private final List<Span> spans = new ArrayList<>();
    private final Set<String> otherMeanings = new HashSet<>();
    private final Map<String, String> acronymByLongForm = new HashMap<>();
    private final Map<Span, CandidateFeatures.TaggerEvidence> taggerEvidence = new HashMap<>();
    private Map<String, Span> definedNames = Map.of();
    private Map<String, MethodRole> methodRoles = Map.of();
    private ExtractionStage running;

    /**
     * @param title the paper's title as ingested (its sentences are the first of {@code sentences})
     */
    PaperAnalysis(List<Sentence> titleSentences, List<Sentence> abstractSentences, String title) {
        List<Sentence> all = new ArrayList<>(titleSentences);
        all.addAll(abstractSentences);
        this.sentences = List.copyOf(all);
        this.titleSentences = titleSentences.size();
        this.title = title;
        this.claims = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            claims.add(new TokenClaims(s.size()));
        }
    }

    List<Sentence> sentences() {
        return sentences;
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** How many of the first sentences are the title's. */
    int titleSentences() {
        return titleSentences;
    }

    boolean inTitle(int sentence) {
        return sentence < titleSentences;
    }

    String title() {
        return title;
    }

    /** The tokens of sentence i that earlier stages explained. */
    TokenClaims claims(int sentence) {
        return claims.get(sentence);
    }

    /** The spans found so far, in the order stages added them (a read-only view). */
    List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    /** Adds a span found by the running stage, with that stage's source; returns the span as stored. */
    Span add(Span span) {
        Span sourced = span.withSource(runningSource());
        spans.add(sourced);
        return sourced;
    }

    /** Puts a span the running stage made in place of the span at {@code index}. */
    void replace(int index, Span span) {
        spans.set(index, span.withSource(runningSource()));
    }

    /**
     * Revises the key or type of the span at {@code index} (an identity decision taken over the whole paper):
     * the span keeps the source of the stage that found it.
     */
    void revise(int index, Span revised) {
        spans.set(index, revised.withSource(spans.get(index).source()));
    }

    void remove(Span span) {
        spans.remove(span);
    }

    void removeIf(Predicate<Span> which) {
        spans.removeIf(which);
    }

    /** Puts the spans in reading order: by sentence, then by first token (spans that tie keep their order). */
    void sortByPosition() {
        spans.sort(Comparator.comparingInt(Span::sentence).thenComparingInt(Span::from));
    }

    /** Acronyms the paper defines as something that is no entity ("low-resolution (LR)"). */
    Set<String> otherMeanings() {
        return otherMeanings;
    }

    /**
     * Every "long form (LF)" definition the text holds, typed or not: the acronym by its long form, both as
     * written. Two entities found apart under these two names are one ({@link SameNameEntities}).
     */
    Map<String, String> acronymByLongForm() {
        return acronymByLongForm;
    }

    void addDefinition(String acronym, String longForm) {
        acronymByLongForm.putIfAbsent(longForm, acronym);
    }

    /** Names the paper defined (its title's name, its acronyms and their long forms), by {@code TermKey}. */
    Map<String, Span> definedNames() {
        return definedNames;
    }

    void setDefinedNames(Map<String, Span> names) {
        this.definedNames = Map.copyOf(names);
    }

    /** How much the learned tagger agrees with each span (empty without a tagger). */
    Map<Span, CandidateFeatures.TaggerEvidence> taggerEvidence() {
        return taggerEvidence;
    }

    /** Each method's role by key. */
    Map<String, MethodRole> methodRoles() {
        return methodRoles;
    }

    void setMethodRoles(Map<String, MethodRole> roles) {
        this.methodRoles = roles;
    }

    /** Called by the pipeline before it runs a stage, so that the spans the stage adds carry its source. */
    void enter(ExtractionStage stage) {
        this.running = stage;
    }

    private Source runningSource() {
        Source source = running == null ? null : running.source();
        if (source == null) {
            throw new IllegalStateException(running + " adds spans but names no Source");
        }
        return source;
    }
}
