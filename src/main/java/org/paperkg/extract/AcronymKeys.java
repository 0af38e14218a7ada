package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.TermKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spans that spell an acronym's long form ("Data Filtering Networks" in the title, "gated linear attention"
 * before "Transformers") take the acronym's key, so the name and its expansion are one entity. A decision
 * over the whole paper, so it runs once every rule has found its spans; each span keeps its source.
 */
final class AcronymKeys implements ExtractionStage {
    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ACRONYMS, Layer.PROPOSALS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACRONYM_KEYS);
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        List<Span> spans = paper.spans();
        Map<String, String> keyByLongForm = new HashMap<>();
        Map<String, String> senseByAcronymKey = new HashMap<>();
        for (Span sp : spans) {
            if (sp.longForm() != null) {
                keyByLongForm.putIfAbsent(TermKey.singular(TermKey.of(sp.longForm())), sp.key());
                if (sp.canonical() == null && !sp.key().equals(TermKey.ofSingular(sp.surface()))) {
                    senseByAcronymKey.putIfAbsent(sp.type() + "/" + TermKey.ofSingular(sp.surface()), sp.key());
                }
            }
        }
        if (keyByLongForm.isEmpty()) {
            return;
        }
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            // the title's "PAM: ..." before the abstract's "Partitioning Around Medoids (PAM)" is the paper's PAM
            String sense = senseByAcronymKey.get(sp.type() + "/" + sp.key());
            if (sense != null) {
                paper.revise(i, sp.withKey(sense));
                continue;
            }
            String key = keyByLongForm.get(TermKey.singular(TermKey.of(sp.surface())));
            int lastSpace = sp.surface().lastIndexOf(' ');
            if (key == null && sp.sentence() == 0 && lastSpace > 0) {
                // the title's "Gated Linear Attention Transformers" for "gated linear attention (GLA)"
                key = keyByLongForm.get(TermKey.singular(TermKey.of(sp.surface().substring(0, lastSpace))));
            }
            if (key != null && !key.equals(sp.key()) && sp.type() == EntityType.METHOD) {
                paper.revise(i, sp.withKey(key));
            }
        }
    }
}
