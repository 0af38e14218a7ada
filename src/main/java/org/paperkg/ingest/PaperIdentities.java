package org.paperkg.ingest;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which paper each record is, as records stream in: the checks every record passes
 * ({@link RecordChecks}), then identity. A record belongs to the paper read earlier (in this build, or stored
 * before it, see {@link KnownPapers}) that shares one of its identifiers; otherwise it is a new paper, named by
 * its strongest identifier ({@link Paper#key()}). So an arXiv record, the OpenAlex record with the arXiv DOI, the
 * Semantic Scholar record with {@code externalids.ArXiv} and a BibTeX entry with the same {@code eprint} are one
 * paper, named by the identifier of the first of them, and a newer arXiv version replaces an older one.
 * <p>
 * Records without any identifier are named by their title: a second one with the same title in one build is a
 * duplicate, reported and skipped (the first is kept, so the result does not depend on batch boundaries).
 * <p>
 * Memory: one small entry per paper and identifier (never the text), so a build of millions of records keeps
 * its identity index in a few hundred MB at most.
 */
public final class PaperIdentities implements PaperSink {
    private final KnownPapers known;
    private final IdentifiedSink target;
    /** Every identifier (and title key) of the papers read so far -> the paper. */
    private final Map<PaperId, Taken> taken = new HashMap<>();

    /** What identity needs to remember of a paper read earlier: never its text. */
    private static final class Taken {
        final PaperId key;
        final Set<PaperId> ids = new LinkedHashSet<>();
        SourceLocation where;
        Integer version;
        String revised;
        int abstractHash;

        Taken(PaperId key) {
            this.key = key;
        }
    }

    public PaperIdentities(KnownPapers known, IdentifiedSink target) {
        this.known = known;
        this.target = target;
    }

    @Override
    public void paper(Paper paper) {
        if (RecordChecks.rejected(paper, this)) {
            return;
        }
        Taken earlier = earlierRecordOf(paper);
        if (earlier == null) {
            first(paper);
        } else if (earlier.key.scheme() == PaperId.Scheme.TITLE) {
            boolean sameAbstract = earlier.abstractHash == paper.abstractText().hashCode();
            String how = paper.id() != null && !paper.id().isBlank() ? "same title, no DOI or arXiv id"
                    : "same title, no id";
            problem(new IngestProblem(paper.source(), "duplicate record (" + how + " as " + earlier.where
                    + (sameAbstract ? ")" : ", different abstract)") + "; skipped, the first one is kept"));
        } else {
            SourceLocation before = earlier.where;
            boolean newer = isNewer(paper.version(), paper.revised(), earlier.version, earlier.revised);
            Paper completed = remember(earlier, paper, newer);
            target.paper(new IdentifiedPaper(earlier.key, completed,
                    newer ? IdentifiedPaper.Kind.NEWER_VERSION : IdentifiedPaper.Kind.OTHER_SOURCE, before));
        }
    }

    /** The first record of a paper in this build: a new paper, or one the store holds already. */
    private void first(Paper paper) {
        KnownPapers.Known stored = storedRecordOf(paper);
        Taken t = new Taken(stored != null ? stored.key() : paper.key());
        if (t.key.scheme() == PaperId.Scheme.TITLE) {
            t.ids.add(t.key);
        }
        boolean storedIsNewer = stored != null
                && isNewer(stored.version(), stored.revised(), paper.version(), paper.revised());
        Paper completed = remember(t, paper, true);
        if (storedIsNewer) {
            t.version = stored.version();
            t.revised = stored.revised();
        }
        target.paper(new IdentifiedPaper(t.key, completed,
                storedIsNewer ? IdentifiedPaper.Kind.OTHER_SOURCE : IdentifiedPaper.Kind.FIRST, null));
    }

    /** Registers the record's identifiers with its paper; returns the record with all the paper's identifiers. */
    private Paper remember(Taken t, Paper paper, boolean becomesCurrent) {
        t.ids.addAll(paper.ids());
        for (PaperId id : t.ids) {
            taken.put(id, t);
        }
        if (becomesCurrent) {
            t.where = paper.source();
            t.version = paper.version();
            t.revised = paper.revised();
            t.abstractHash = paper.abstractText().hashCode();
        }
        return paper.ids().containsAll(t.ids) ? paper : paper.withIds(idsWithoutTitle(t.ids));
    }

    private static List<PaperId> idsWithoutTitle(Set<PaperId> ids) {
        List<PaperId> out = new ArrayList<>(ids.size());
        for (PaperId id : ids) {
            if (id.scheme() != PaperId.Scheme.TITLE) {
                out.add(id);
            }
        }
        return out;
    }

    private Taken earlierRecordOf(Paper paper) {
        if (paper.ids().isEmpty()) {
            return taken.get(paper.key());
        }
        for (PaperId id : paper.ids()) {
            Taken t = taken.get(id);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private KnownPapers.Known storedRecordOf(Paper paper) {
        for (PaperId id : paper.ids()) {
            KnownPapers.Known k = known.find(id);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /**
     * True when a record is a newer version than the one kept: by arXiv version number when both have one,
     * else by revision date; a record that cannot be ordered is not newer (the first one stays).
     */
    static boolean isNewer(Integer version, String revised, Integer keptVersion, String keptRevised) {
        if (version != null && keptVersion != null) {
            return version > keptVersion;
        }
        return revised != null && keptRevised != null && revised.compareTo(keptRevised) > 0;
    }

    @Override
    public void problem(IngestProblem problem) {
        target.problem(problem);
    }

    @Override
    public void deleted(PaperId id, SourceLocation where) {
        Taken t = taken.get(id);
        if (t != null) {
            for (PaperId other : t.ids) {
                taken.remove(other);
            }
            target.deleted(t.key, where);
            return;
        }
        KnownPapers.Known stored = known.find(id);
        target.deleted(stored != null ? stored.key() : id, where);
    }
}
