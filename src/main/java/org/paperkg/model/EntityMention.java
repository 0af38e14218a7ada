package org.paperkg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entity as a paper mentions it: the shared entity's key plus this paper's own surface forms.
 *
 * @param type       method, dataset, metric or task
 * @param key        normalized identity shared by every paper that mentions the same thing
 * @param name       the preferred surface form in this paper
 * @param aliases    other surface forms of the same thing in this paper (acronym, expansion, variant)
 * @param canonical  the lexicon's canonical name, or null when the entity was discovered by a rule
 * @param role       for methods, the paper's role for it; null for other types
 * @param confidence how sure the extractor is, in [0, 1]
 * @param wikidataId the entity's Wikidata item (e.g. "Q24901201"), or null when none is known
 * @param identity   what decided the key: the paper's definition, the lexicon, or the name's shape
 * @param family     the steps from this entity up to its families (skos:broader), nearest first; often empty
 */
public record EntityMention(EntityType type, String key, String name, List<String> aliases,
                            String canonical, MethodRole role, double confidence, String wikidataId,
                            IdentitySource identity, List<FamilyLink> family) {
    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identity = identity != null ? identity : canonical != null ? IdentitySource.LEXICON : IdentitySource.SHAPE;
        family = family == null ? List.of() : List.copyOf(family);
    }

    /** A mention whose identity follows from its lexicon name or shape, with no family. */
    public EntityMention(EntityType type, String key, String name, List<String> aliases,
                         String canonical, MethodRole role, double confidence, String wikidataId) {
        this(type, key, name, aliases, canonical, role, confidence, wikidataId, null, List.of());
    }

    /** The same mention with another confidence (the learned filter's calibrated probability). */
    public EntityMention withConfidence(double newConfidence) {
        return new EntityMention(type, key, name, aliases, canonical, role, newConfidence, wikidataId, identity, family);
    }

    /**
     * This paper's name for the entity as a sentence states it: of its name and aliases, the longest the sentence
     * holds as words, a plural ending allowed ("70x fewer parameters" refers to "number of parameters" as
     * "parameters"); its name where the sentence holds none. A form that only opens another of the entity's forms
     * ("top-1" of "top-1 accuracy", left from "top-1 and top-5 accuracy") is not a name of its own. A result names
     * its metric, method and dataset so.
     */
    public String nameIn(String sentence) {
        return nameIn(name, aliases, sentence);
    }

    /** {@link #nameIn(String)} for a name and aliases read back from a store. */
    public static String nameIn(String name, List<String> aliases, String sentence) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(aliases);
        String text = sentence.toLowerCase(Locale.ROOT);
        String stated = null;
        for (String form : forms) {
            String f = form.toLowerCase(Locale.ROOT);
            boolean opensAnother = forms.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).startsWith(f + " "));
            if (!opensAnother && (stated == null || form.length() > stated.length()) && holdsAsWords(text, f)) {
                stated = form;
            }
        }
        if (stated == null) {
            return name;
        }
        // "accuracies of 85.6% and 85.5%": a plural in "-ies", named by the singular in "-y" the entity also has
        // (a plural in "-s" stays as stated: "FLOPs" is no plural of "FLOP")
        String plural = stated.toLowerCase(Locale.ROOT);
        for (String form : forms) {
            String f = form.toLowerCase(Locale.ROOT);
            if (f.endsWith("y") && plural.equals(f.substring(0, f.length() - 1) + "ies")) {
                return form;
            }
        }
        return stated;
    }

    /** Whether {@code form} stands in {@code text} as whole words, maybe with a plural "s" or "es". */
    private static boolean holdsAsWords(String text, String form) {
        for (int at = text.indexOf(form); at >= 0 && !form.isEmpty(); at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            end = text.startsWith("es", end) ? end + 2 : text.startsWith("s", end) ? end + 1 : end;
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A mention with no Wikidata link. */
    public EntityMention(EntityType type, String key, String name, List<String> aliases,
                         String canonical, MethodRole role, double confidence) {
        this(type, key, name, aliases, canonical, role, confidence, null);
    }
}
