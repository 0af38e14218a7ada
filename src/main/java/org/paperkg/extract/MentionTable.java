package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Folds the spans of one paper into one mention per entity, in order of first appearance. */
final class MentionTable {
    private record Id(EntityType type, String key) {
    }

    private static final class Entry {
        final Set<String> forms = new LinkedHashSet<>();
        /** Forms of spans that joined this entity under another name ({@link SameNameEntities}): never its name. */
        final Set<String> joinedForms = new LinkedHashSet<>();
        String canonical;
        double confidence;
        boolean definedHere;
    }

    private final Map<Id, Entry> entries = new LinkedHashMap<>();

    void add(Span sp) {
        add(sp, false);
    }

    /**
     * @param joined the span was found under another name and joined this entity: its forms come after the
     *               entity's own, so that the entity keeps the name its own spans give it
     */
    void add(Span sp, boolean joined) {
        Entry e = entries.computeIfAbsent(new Id(sp.type(), sp.key()), id -> new Entry());
        Set<String> forms = joined ? e.joinedForms : e.forms;
        forms.add(sp.surface());
        if (sp.longForm() != null) {
            forms.add(sp.longForm());
            e.definedHere = true;
        }
        if (e.canonical == null) {
            e.canonical = sp.canonical();
        }
        e.confidence = Math.max(e.confidence, sp.confidence());
    }

    /**
     * Adds, after the forms, each form's name without a droppable head ("TDNN-NAS algorithm" -> "TDNN-NAS"),
     * unless what is left is an umbrella term.
     */
    private static void withoutDroppableHeads(List<String> forms, Lexicon lexicon) {
        for (String form : List.copyOf(forms)) {
            String rest = DroppableHeads.without(form);
            if (rest != null && !lexicon.isGeneric(rest) && forms.stream().noneMatch(f -> f.equalsIgnoreCase(rest))) {
                forms.add(rest);
            }
        }
    }

    List<EntityMention> mentions(Map<String, MethodRole> roles, Lexicon lexicon) {
        Families families = new Families(lexicon);
        List<EntityMention> out = new ArrayList<>(entries.size());
        for (Map.Entry<Id, Entry> me : entries.entrySet()) {
            Id id = me.getKey();
            Entry e = me.getValue();
            List<String> forms = new ArrayList<>(e.forms);
            e.joinedForms.stream().filter(f -> !e.forms.contains(f)).forEach(forms::add);
            // "top-1" in the text is top-1 accuracy: the lexicon's name goes with the paper's own forms
            if (e.canonical != null && forms.stream().noneMatch(f -> TermKey.of(f).equals(TermKey.of(e.canonical)))) {
                // a metric written elliptically ("top-1", "parameters") goes by its full name ("top-1 accuracy")
                boolean elliptic = id.type() == EntityType.METRIC && TermKey.of(e.canonical).contains(TermKey.of(forms.get(0)));
                forms.add(elliptic ? 0 : forms.size(), e.canonical);
            } else if (e.canonical != null && id.type() == EntityType.METRIC) {
                // a metric the text also calls by its usual name goes by it ("search cost", not "GPU-hours")
                String usual = forms.stream().filter(f -> TermKey.of(f).equals(TermKey.of(e.canonical))).findFirst().get();
                forms.remove(usual);
                forms.add(0, usual);
            }
            if (id.type() == EntityType.METHOD) {
                withoutDroppableHeads(forms, lexicon);
            }
            MethodRole role = id.type() == EntityType.METHOD ? roles.getOrDefault(id.key(), MethodRole.USED) : null;
            IdentitySource identity = e.canonical != null ? IdentitySource.LEXICON
                    : e.definedHere ? IdentitySource.DEFINITION : IdentitySource.SHAPE;
            List<String> structured = e.canonical != null ? List.of(e.canonical, forms.get(0)) : List.of(forms.get(0));
            out.add(new EntityMention(id.type(), id.key(), forms.get(0), forms.subList(1, forms.size()),
                    e.canonical, role, e.confidence, lexicon.wikidataId(id.type(), id.key()).orElse(null),
                    identity, families.of(id.type(), id.key(), structured)));
        }
        return out;
    }
}
