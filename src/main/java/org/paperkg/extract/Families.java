package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.TermKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the families an entity belongs to (skos:broader), from the structure of its name and the lexicon's
 * family lines: a model variant names its family followed by a size, a depth, a version or a patch size
 * ("ViT-B/16", "ResNet-50", "BERT-large"); a dataset variant names its source followed by a subset or a
 * derivation ("ImageNet-1k", "CIFAR-10-C"); a task phrase ends with a more general task ("3D object
 * detection" is object detection).
 */
final class Families {
    /** A chain longer than this is a rule going wrong, not a family tree ("ViT-B/16" needs two steps). */
    private static final int MAX_STEPS = 4;

    /**
     * Suffixes that make a model variant, tried in order, each leaving the family's name in group 1:
     * a patch size ("/16"), a size word ("-large"), a size letter ("-B", "-B0"), a parameter count ("-7B"),
     * a version ("v2"), a depth or generation number ("-50").
     */
    private static final List<Pattern> METHOD_VARIANT = List.of(
            Pattern.compile("(.+[A-Za-z])\\s?/\\d{1,2}"),
            Pattern.compile("(.+[A-Za-z0-9])[-_ ](?i:tiny|small|base|medium|large|huge|giant|mini|xl|xxl)"),
            Pattern.compile("(.+[A-Za-z0-9])-(?:Ti|S|B|L|H|G|M|T|XL|XXL)\\d?"),
            Pattern.compile("(.+[A-Za-z0-9])[- ]\\d+(?:\\.\\d+)?[BM]"),
            Pattern.compile("(.+[A-Za-z])[- ]?[vV]\\d+(?:\\.\\d+)?"),
            Pattern.compile("(.+[A-Za-z])[- ]?\\d+(?:\\.\\d+)?"));

    /**
     * Suffixes that make a dataset from another one: a language pair, an edition year, a subset by class count
     * ("-1k", "-21k") or a hyphenated derivation ("-C" corrupted, "-LT" long-tailed, "-R", "-Sketch"), a version ("V2").
     * The remainder must be a dataset the lexicon knows, so "MS-COCO" does not become "MS".
     */
    private static final List<Pattern> DATASET_VARIANT = List.of(
            // a language pair of a translation benchmark: "WMT14 English-German", "IWSLT 2017 De-En"
            Pattern.compile("(.+?)\\s+(?:[A-Z][a-z]+|[A-Z]{2})[-\u2013>](?:[A-Z][a-z]+|[A-Z]{2})"),
            // an edition of a series: "WMT14", "WMT'16", "CoNLL 2003"
            Pattern.compile("([A-Za-z]+[A-Z])\\s?'?(?:19|20)?\\d{2}"),
            Pattern.compile("(.+?)[- ]?\\d+[kK]"),
            Pattern.compile("(.+?)[- ]?V\\d+"),
            Pattern.compile("(.+)-[A-Za-z0-9]+"));

    /** Letters a model family's own name has at least: "VGG", "GPT", "ViT", never "T" of "T5". */
    private static final int MIN_FAMILY_LETTERS = 3;

    private final Lexicon lexicon;

    Families(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The steps from an entity up to its families, nearest first.
     *
     * @param names the entity's names to read the structure of, best first (the lexicon's canonical name,
     *              then the paper's own form)
     */
    List<FamilyLink> of(EntityType type, String key, List<String> names) {
        List<FamilyLink> chain = new ArrayList<>();
        String currentKey = key;
        List<String> current = names;
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<Family> next = Optional.empty();
            for (String name : current) {
                next = parentOf(type, currentKey, name);
                if (next.isPresent()) {
                    break;
                }
            }
            if (next.isEmpty() || chainHas(chain, next.get().key())) {
                break;
            }
            chain.add(new FamilyLink(currentKey, next.get().key(), next.get().label()));
            currentKey = next.get().key();
            current = List.of(next.get().label());
        }
        return chain;
    }

    private record Family(String key, String label) {
    }

    private Optional<Family> parentOf(EntityType type, String key, String name) {
        Optional<LexiconEntry> own = lexicon.lookup(name).filter(e -> e.type() == type && e.key().equals(key));
        Optional<LexiconEntry> listed = own.flatMap(lexicon::familyOf);
        if (listed.isPresent()) {
            return Optional.of(new Family(listed.get().key(), listed.get().canonical()));
        }
        Optional<Family> found = switch (type) {
            case METHOD -> variantOf(type, name, METHOD_VARIANT, false);
            case DATASET -> variantOf(type, name, DATASET_VARIANT, true);
            case TASK -> generalTaskOf(name);
            case METRIC -> Optional.empty();
        };
        return found.filter(f -> !f.key().equals(key) && !f.key().isEmpty());
    }

    private Optional<Family> variantOf(EntityType type, String name, List<Pattern> suffixes, boolean knownOnly) {
        for (Pattern suffix : suffixes) {
            Matcher m = suffix.matcher(name.strip());
            if (!m.matches()) {
                continue;
            }
            String stem = m.group(1).strip();
            Optional<LexiconEntry> known = lexicon.lookup(stem).filter(e -> e.type() == type);
            if (known.isPresent()) {
                return Optional.of(new Family(known.get().key(), known.get().canonical()));
            }
            if (!knownOnly && looksLikeModelName(stem) && !lexicon.isGeneric(stem)) {
                return Optional.of(new Family(TermKey.of(stem), stem));
            }
        }
        return Optional.empty();
    }

    /** "ResNet", "BERT", "GPT": a capital after the first letter, and enough letters to be a name. */
    private static boolean looksLikeModelName(String stem) {
        long letters = stem.chars().filter(Character::isLetter).count();
        boolean innerCapital = stem.length() > 1 && stem.substring(1).chars().anyMatch(Character::isUpperCase);
        return letters >= MIN_FAMILY_LETTERS && innerCapital && !stem.contains(" ");
    }

    /** The longest ending of a task phrase that the lexicon knows as a task: "3D object detection" -> object detection. */
    private Optional<Family> generalTaskOf(String name) {
        String[] words = name.strip().split("\\s+");
        for (int from = 1; from < words.length; from++) {
            String ending = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            Optional<LexiconEntry> known = lexicon.lookup(ending).filter(e -> e.type() == EntityType.TASK);
            if (known.isPresent()) {
                return Optional.of(new Family(known.get().key(), known.get().canonical()));
            }
        }
        return Optional.empty();
    }

    private static boolean chainHas(List<FamilyLink> chain, String key) {
        return chain.stream().anyMatch(l -> l.narrowerKey().equals(key) || l.broaderKey().equals(key));
    }
}
