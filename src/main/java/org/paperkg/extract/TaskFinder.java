package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds tasks from the words around them rather than from a lexicon: the items of "tasks such as A, B and C",
 * the modifiers of "A and B tasks", a list of bare task nouns ("classification, detection and segmentation")
 * "ImageNet classification" and the purpose after "for" in a title ("Sparse Graph Models for Traffic Forecasting"). In these
 * places a known technique term names a problem, so "continual learning, transfer learning and reinforcement
 * learning" after "problems, including" become tasks.
 */
final class TaskFinder implements SentenceStage {
    /** Nouns whose examples, given with "such as" or "including", are tasks. */
    private static final Set<String> TASK_CUES = CueWords.set("task-cue-nouns");
    /** Words that name a field or a kind of data, not a task, although they end like one. */
    private static final Set<String> NOT_TASKS = CueWords.set("not-tasks");
    /** Adjectives that say how a task relates to the paper, not which task it is ("major", "auxiliary"). */
    private static final Set<String> NOT_NAMING = CueWords.set("task-not-naming-adjectives");

    /** Activities that are tasks when the context says so ("code search", "drug discovery"). */
    private static final Set<String> ACTIVITY_HEADS = CueWords.set("activity-heads");

    /** Umbrella words on their own that head a task with a modifier ("graph learning", "bilevel optimization"). */
    private static final Set<String> UMBRELLA_TASK_HEADS = CueWords.set("umbrella-task-heads");

    /** Heads of research fields ("natural language processing", "computer vision"), not of tasks. */
    private static final Set<String> FIELD_HEADS = CueWords.set("field-heads");
    private static final int MAX_CHUNK = 4;

    private final Lexicon lexicon;
    private final HeadNouns heads;

    TaskFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.LEXICON_ENTRIES, Layer.SHAPED_NAMES, Layer.METRIC_WORDING);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TASK_PHRASES);
    }

    /** Tasks found from their context are phrases to the mention filter, as those found by their head noun. */
    @Override
    public Source source() {
        return Source.PHRASE;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        Coverage cover = new Coverage(s, sentenceIndex, paper.claims(sentenceIndex), paper);
        for (int t = 0; t < s.size(); t++) {
            String lemma = lemma(s.token(t));
            if (!TASK_CUES.contains(lemma) || !s.token(t).isNoun()) {
                continue;
            }
            int listStart = examplesStart(s, t);
            if (lemma.equals("task")) {
                modifiersOfTask(s, t, listStart > 0, cover);
            }
            if (listStart > 0) {
                for (int[] chunk : chunksForward(s, listStart)) {
                    addTask(s, chunk[0], chunk[1], cover, true);
                }
            }
        }
        bareTaskLists(s, cover);
        datasetThenTask(s, cover);
        dropReformulations(s, cover);
        if (sentenceIndex == 0) {
            titlePurpose(s, cover);
        }
    }

    /**
     * "Sparse Graph Models for Traffic Forecasting", "A Toolkit for Robust Table Parsing": in a title,
     * the activity after "for" is the task the paper addresses.
     */
    private void titlePurpose(Sentence s, Coverage cover) {
        for (int t = 1; t + 1 < s.size(); t++) {
            if (!word(s, t).equals("for")) {
                continue;
            }
            int end = t + 1;
            while (end < s.size() && end - t <= MAX_CHUNK && isPhraseWord(s.token(end))) {
                end++;
            }
            int from = t + 1;
            while (from < end - 1 && (s.token(from).pos().equals("VBG") || isNotNaming(s.token(from)))) {
                from++;
            }
            // a lone word after "for" is a task only when it is a task noun ("for Segmentation", not "for Free");
            // a gerund only when it names a task ("for Latent Sampling" names a means)
            Token head = s.token(end - 1);
            boolean gerund = lemma(head).endsWith("ing") && !isTaskHead(head)
                    && !UMBRELLA_TASK_HEADS.contains(lemma(head));
            if (end > from && (!cover.claimed(end - 1) || cover.blocked(end - 1)) && !gerund
                    && (end - from > 1 || isTaskHead(head))) {
                addTask(s, from, end, cover, false);
            }
        }
    }

    /**
     * "we cast channel selection as a knapsack problem": a problem class the paper casts its own
     * problem into is a device, not a task it addresses.
     */
    private static void dropReformulations(Sentence s, Coverage cover) {
        for (int p = 1; p < s.size(); p++) {
            Span named = cover.spanAt(p - 1);
            if (!lemma(s.token(p)).equals("problem") || named == null || named.type() != EntityType.TASK
                    || named.to() != p) {
                continue;
            }
            int i = named.from() - 1;
            while (i > 0 && s.token(i).isAdjective() && named.from() - i <= 2) {
                i--;
            }
            if (i > 0 && (word(s, i).equals("a") || word(s, i).equals("an"))
                    && (word(s, i - 1).equals("as") || word(s, i - 1).equals("into"))) {
                cover.drop(named);
            }
        }
    }

    /** "tasks such as", "tasks, including", "tasks like", "tasks (e.g.,", "tasks as varied as": the first item. */
    private static int examplesStart(Sentence s, int cue) {
        int i = cue + 1;
        while (i < s.size() && (s.token(i).text().equals(",") || s.token(i).text().equals("("))) {
            i++;
        }
        if (i + 1 < s.size() && word(s, i).equals("such") && word(s, i + 1).equals("as")) {
            return i + 2;
        }
        if (i + 2 < s.size() && word(s, i).equals("as") && word(s, i + 2).equals("as")
                && s.token(i + 1).pos().startsWith("JJ")) {
            return i + 3;
        }
        if (i < s.size() && (word(s, i).equals("including") || word(s, i).equals("like"))) {
            return i + 1;
        }
        if (i < s.size() && (word(s, i).equals("e.g.") || word(s, i).equals("e.g"))) {
            return i + 1 < s.size() && s.token(i + 1).text().equals(",") ? i + 2 : i + 1;
        }
        return -1;
    }

    /** The noun phrases of a list "A, B(,) and C" from {@code from}, each as [from, to). */
    private static List<int[]> chunksForward(Sentence s, int from) {
        List<int[]> chunks = new ArrayList<>();
        int i = from;
        while (i < s.size()) {
            if (s.token(i).pos().equals("DT")) {
                i++;
            }
            int start = i;
            while (i < s.size() && isPhraseWord(s.token(i))) {
                i++;
            }
            if (i == start || !s.token(i - 1).isNoun() && !s.token(i - 1).text().endsWith("ing")) {
                break;
            }
            if (i - start == 1 && i < s.size() && word(s, i).equals("of")) {
                break; // "synthesis of faces": the task is the longer phrase, which names no single noun
            }
            chunks.add(new int[] {start, i});
            int next = skipConjunction(s, i);
            if (next == i) {
                break;
            }
            i = next;
        }
        return chunks;
    }

    private static int skipConjunction(Sentence s, int i) {
        int j = i;
        if (j < s.size() && s.token(j).text().equals(",")) {
            j++;
        }
        if (j < s.size() && (word(s, j).equals("and") || word(s, j).equals("or"))) {
            j++;
        } else if (j + 2 < s.size() && word(s, j).equals("as") && word(s, j + 1).equals("well")
                && word(s, j + 2).equals("as")) {
            j += 3;
        }
        return j;
    }

    /**
     * "graph-matching tasks", "classification and regression tasks", "tone and image classification tasks":
     * the phrases before "tasks" are tasks; a lone modifier shares the last phrase's head ("tone classification").
     */
    private void modifiersOfTask(Sentence s, int cue, boolean examplesFollow, Coverage cover) {
        List<int[]> chunks = new ArrayList<>();
        int end = cue;
        while (end > 0) {
            int start = end;
            while (start > 0 && end - start < MAX_CHUNK && isPhraseWord(s.token(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            chunks.add(0, new int[] {start, end});
            // the list before the last phrase is joined by "and"/"or"; earlier items by commas too
            int before = start - 1;
            if (before > 0 && isConjunction(s, before)) {
                before -= before > 1 && s.token(before - 1).text().equals(",") ? 2 : 1;
            } else if (chunks.size() > 1 && before > 0 && s.token(before).text().equals(",")) {
                before--;
            } else {
                break;
            }
            end = before + 1;
        }
        if (chunks.isEmpty()) {
            return;
        }
        int[] last = chunks.get(chunks.size() - 1);
        Token sharedHead = s.token(last[1] - 1);
        for (int[] chunk : chunks) {
            Token only = s.token(chunk[0]);
            boolean loneModifier = chunk != last && chunk[1] - chunk[0] == 1 && last[1] - last[0] > 1
                    && (only.pos().equals("NN") || only.pos().equals("JJ")) && !acceptable(s, chunk[0], chunk[1]);
            if (loneModifier) {
                if (isTaskHead(sharedHead) && cover.free(chunk[0], chunk[1])) {
                    cover.add(new Span(EntityType.TASK, TermKey.of(only.text() + " " + sharedHead.lemma()),
                            only.text() + " " + sharedHead.text(), null, null, cover.sentenceIndex,
                            chunk[0], chunk[1], RuleConfidence.LONE_WORD));
                }
            } else if (!(examplesFollow && chunk[1] - chunk[0] == 1)) {
                // "recognition tasks such as classification and detection": a lone word there is a category
                addTask(s, chunk[0], chunk[1], cover, true);
            }
        }
    }

    /** "handles tracking, detection, and segmentation": two or more bare task nouns in a list. */
    private void bareTaskLists(Sentence s, Coverage cover) {
        for (int i = 0; i < s.size(); i++) {
            List<Integer> items = new ArrayList<>();
            int j = i;
            while (j < s.size() && isBareTaskNoun(s, j, cover)) {
                items.add(j);
                int next = skipConjunction(s, j + 1);
                if (next == j + 1) {
                    break;
                }
                j = next;
            }
            boolean endsList = items.size() >= 2 && items.get(items.size() - 1) > items.get(items.size() - 2) + 1
                    && isConjunction(s, items.get(items.size() - 1) - 1);
            if (endsList && (i == 0 || !s.token(i - 1).isNoun() && !s.token(i - 1).isAdjective())) {
                for (int item : items) {
                    Token t = s.token(item);
                    cover.add(new Span(EntityType.TASK, TermKey.of(t.lemma()), t.text(), null, null,
                            cover.sentenceIndex, item, item + 1, RuleConfidence.LONE_WORD));
                }
            }
            if (!items.isEmpty()) {
                i = items.get(items.size() - 1);
            }
        }
    }

    private static boolean isConjunction(Sentence s, int i) {
        return word(s, i).equals("and") || word(s, i).equals("or");
    }

    private boolean isBareTaskNoun(Sentence s, int i, Coverage cover) {
        Token t = s.token(i);
        return t.pos().equals("NN") && isTaskHead(t) && !PhraseFinder.isVagueHead(t) && cover.free(i, i + 1)
                && (i + 1 == s.size() || !s.token(i + 1).isNoun());
    }

    /**
     * "ImageNet classification", "COCO detection": a task noun right after a dataset name is that task, unless
     * the paper already named it more fully.
     */
    private void datasetThenTask(Sentence s, Coverage cover) {
        for (int i = 1; i < s.size(); i++) {
            Span before = cover.spanAt(i - 1);
            Token t = s.token(i);
            if (before != null && before.type() == EntityType.DATASET && before.to() == i && t.isNoun()
                    && isTaskHead(t) && !PhraseFinder.isVagueHead(t) && cover.free(i, i + 1)
                    && (i + 1 == s.size() || !s.token(i + 1).isNoun()) && !cover.hasTaskEndingIn(t)) {
                cover.add(new Span(EntityType.TASK, TermKey.of(t.lemma()), t.text(), null, null, cover.sentenceIndex,
                        i, i + 1, RuleConfidence.LONE_WORD));
            }
        }
    }

    /**
     * Makes [from, to) a task when the context says it is one: a new phrase when its words are free, a known
     * technique term retyped ("meta-learning tasks"), or a known task made specific by its free modifiers
     * ("legal information retrieval"). Where the sentence does not call it a task ({@code saidToBeTask}
     * false), a lone word must be a task noun.
     */
    private void addTask(Sentence s, int from, int to, Coverage cover, boolean saidToBeTask) {
        Span last = cover.spanAt(to - 1);
        // "graph learning": a head that is an umbrella word on its own is specific with a free modifier
        boolean umbrellaHead = to - from > 1 && cover.blocked(to - 1)
                && UMBRELLA_TASK_HEADS.contains(lemma(s.token(to - 1))) && !cover.claimed(to - 2);
        int start = from;
        for (int i = from; i < (umbrellaHead ? to - 1 : to); i++) {
            if (cover.blocked(i)) {
                return; // an umbrella word inside ("data processing tasks"): the phrase names no specific task
            }
            if (last == null && cover.claimed(i)) {
                start = i + 1; // "ImageNet classification": the name before a free head is not part of the task
            }
        }
        // "including classification", "using image classification": a leading verb form is not a modifier
        while (start < to - 1 && (!PhraseFinder.isModifier(s.token(start)) || s.token(start).pos().equals("VBG")
                || isNotNaming(s.token(start)))) {
            start++;
        }
        if (start >= to || umbrellaHead && start == to - 1) {
            return;
        }
        if (last == null) {
            if (acceptable(s, start, to) && (saidToBeTask || to - start > 1 || isTaskHead(s.token(start)))) {
                cover.add(new Span(EntityType.TASK, keyOf(s, start, to), s.span(start, to), null, null,
                        cover.sentenceIndex, start, to, RuleConfidence.PHRASE));
            }
        } else if (last.to() != to) {
            return;
        } else if (last.type() == EntityType.TASK && start < last.from() && cover.free(start, last.from())) {
            cover.replace(last, new Span(EntityType.TASK, keyOf(s, start, to), s.span(start, to), null, null,
                    cover.sentenceIndex, start, to, RuleConfidence.PHRASE));
        } else if (last.type() == EntityType.METHOD && last.from() >= start && isTechniqueTerm(last)) {
            cover.replace(last, new Span(EntityType.TASK, last.key(), last.surface(), last.canonical(), last.longForm(),
                    last.sentence(), last.from(), last.to(), last.confidence()));
        }
    }

    /** A lower-case procedure or learning setting ("transfer learning", "weight pruning"), not a named model. */
    private static boolean isTechniqueTerm(Span sp) {
        String name = sp.canonical() != null ? sp.canonical() : sp.surface();
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith("ing") || last.endsWith("tion") || last.endsWith("sion");
    }

    /** A phrase is a task when its head is a task noun or a nominalised activity, and it is not a field name. */
    private boolean acceptable(Sentence s, int from, int to) {
        Token head = s.token(to - 1);
        String headWord = head.text().toLowerCase(Locale.ROOT);
        boolean activity = headWord.endsWith("ing") || headWord.endsWith("tion") || headWord.endsWith("sion")
                || headWord.endsWith("sis");
        boolean hyphenatedActivity = headWord.contains("-") && heads.typeOfWord(
                headWord.substring(headWord.lastIndexOf('-') + 1)).filter(type -> type == EntityType.TASK).isPresent();
        String surface = s.span(from, to);
        // "graph-matching" is often tagged as an adjective; "time-consuming" is one
        if (!(head.isNoun() || hyphenatedActivity) || FIELD_HEADS.contains(lemma(head))
                || lexicon.isGeneric(surface)
                || lexicon.lookup(surface).filter(e -> e.type() != EntityType.TASK).isPresent()) {
            return false;
        }
        if (to - from == 1 && (lexicon.isGeneric(head.text()) || NOT_TASKS.contains(headWord)
                || NOT_TASKS.contains(lemma(head)) || PhraseFinder.isVagueHead(head)
                || !Character.isLowerCase(head.text().charAt(0)) && !head.text().contains("-"))) {
            return false;
        }
        return isTaskHead(head) || activity || ACTIVITY_HEADS.contains(lemma(head));
    }

    /** "major", "auxiliary", "learning-based", "large-scale": says how, not which task. */
    private static boolean isNotNaming(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return NOT_NAMING.contains(w) || NOT_NAMING_COMPOUND_ENDS.stream().anyMatch(end -> w.endsWith("-" + end));
    }

    private static final Set<String> NOT_NAMING_COMPOUND_ENDS = CueWords.set("task-not-naming-compound-ends");

    private boolean isTaskHead(Token t) {
        return heads.typeOf(t).filter(type -> type == EntityType.TASK).isPresent();
    }

    private static String keyOf(Sentence s, int from, int to) {
        String surface = s.span(from, to);
        Token head = s.token(to - 1);
        return TermKey.of(surface.substring(0, surface.length() - head.text().length()) + head.lemma());
    }

    /** A word of a noun phrase; "etc." ends a list. */
    private static boolean isPhraseWord(Token t) {
        return PhraseFinder.isModifier(t) && !t.text().toLowerCase(Locale.ROOT).startsWith("etc");
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String word(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }

    /** The spans of one sentence by token, kept in step with the shared list and the claims. */
    private static final class Coverage {
        final int sentenceIndex;
        final Span[] byToken;
        final TokenClaims claims;
        final PaperAnalysis paper;

        Coverage(Sentence s, int sentenceIndex, TokenClaims claims, PaperAnalysis paper) {
            this.sentenceIndex = sentenceIndex;
            this.claims = claims;
            this.paper = paper;
            this.byToken = new Span[s.size()];
            for (Span sp : paper.spans()) {
                if (sp.sentence() == sentenceIndex) {
                    for (int i = sp.from(); i < sp.to(); i++) {
                        byToken[i] = sp;
                    }
                }
            }
        }

        /** A task already named with this head ("image classification" before "ImageNet classification"). */
        boolean hasTaskEndingIn(Token head) {
            String key = TermKey.of(head.lemma());
            return paper.spans().stream().anyMatch(sp -> sp.type() == EntityType.TASK && sp.key().endsWith(key));
        }

        Span spanAt(int i) {
            return byToken[i];
        }

        boolean claimed(int i) {
            return claims.isClaimed(i);
        }

        boolean free(int from, int to) {
            return !claims.anyClaimed(from, to);
        }

        /** Claimed by no entity: an umbrella phrase ("downstream tasks") the lexicon blocked. */
        boolean blocked(int i) {
            return claims.isClaimed(i) && byToken[i] == null;
        }

        void add(Span sp) {
            Span stored = paper.add(sp);
            claims.claim(sp.from(), sp.to());
            for (int i = sp.from(); i < sp.to(); i++) {
                byToken[i] = stored;
            }
        }

        /** Removes an entity but keeps its words claimed, so that no later rule names them again. */
        void drop(Span sp) {
            paper.remove(sp);
            for (int i = sp.from(); i < sp.to(); i++) {
                byToken[i] = null;
            }
        }

        /** Removes {@code old} and adds {@code sp} at the end of the span list. */
        void replace(Span old, Span sp) {
            paper.remove(old);
            add(sp);
        }
    }
}
