#!/usr/bin/env python3
"""Consistency check for the paperkg lexicons (src/main/resources/org/paperkg/lexicon/*.txt).

Errors (exit 1):
  * the same normalised name in two entries of one file;
  * in the rules' cue-word lists (cues-*.txt, read by CueWords.java): a word outside a "[list-name]" section, a
    list defined twice, a list without a comment saying what it is for, an empty list, a word twice in one list,
    a word with an upper-case letter (the rules compare lower-cased words), two lists with the same words (merge
    them), a cues file CueWords.java does not read;
  * a name of generic.txt that also occurs in datasets/methods/metrics/tasks;
  * malformed lines (empty name, bad #case marker, #case:X naming a form not on the line);
  * a name of any lexicon file (heads.txt, implied-metrics.txt and the cue words included) that occurs in the bundled sample
    (src/main/resources/org/paperkg/sample/hf-papers-dnn.txt) but in fewer than MIN_CORPUS_ABSTRACTS abstracts of
    the unlabeled corpus (default ../shared/corpus/ml-abstracts.jsonl beside the project; --corpus PATH), unless
    tools/lexicon-allowlist.txt gives the reason it is general vocabulary. Such a name is most likely a sample
    paper's own coinage or wording: the lexicons must not carry the answers of the text the extractor is
    measured on. Abstracts whose titles are in ../shared/eval/reserved-titles.txt (--reserved PATH) are not
    counted: they are kept for evaluation, and no lexicon decision may rest on them.
Report only:
  * names shared between two of datasets/methods/metrics/tasks (allowed, e.g. neural architecture search);
  * allow-list lines that are no longer needed.

Options: --corpus PATH, --reserved PATH, --no-corpus (consistency checks only).
When neither --corpus nor --no-corpus is given and the default corpus is missing, the rarity check is skipped
with a note (the tests make that a failure on CI).

Normalisation mirrors the matcher: NFKC, lower case, "+" kept as "plus" (PointNet vs PointNet++,
RefCOCO vs RefCOCO+), then letters/digits only, one trailing plural "s" dropped when at least 3
characters remain and the word does not end in "ss".
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
LEX = PROJECT / "src/main/resources/org/paperkg/lexicon"
TYPED = ["datasets", "methods", "metrics", "tasks"]
SAMPLE = PROJECT / "src/main/resources/org/paperkg/sample/hf-papers-dnn.txt"
DEFAULT_CORPUS = PROJECT.parent / "shared/corpus/ml-abstracts.jsonl"
DEFAULT_RESERVED = PROJECT.parent / "shared/eval/reserved-titles.txt"
ALLOWLIST = HERE / "lexicon-allowlist.txt"
CUE_LOADER = PROJECT / "src/main/java/org/paperkg/extract/CueWords.java"
SECTION = re.compile(r"^\[([a-z0-9-]+)]$")
# A name the sample uses must be seen in at least this many other abstracts: one abstract may be the
# sample paper itself (or its preprint twin), two show that the name is shared vocabulary.
MIN_CORPUS_ABSTRACTS = 2
WORD = re.compile(r"[^\W_]+")
MARK = re.compile(r"\s#case(?::\s*(?P<forms>[^#]*))?\s*$")
DIRECTION = re.compile(r"(?:(\s#)|(?<=#case)|(?<=[^\s#|])(?=\s))\s*(?:higher|lower)\s*$")


def norm(name):
    s = unicodedata.normalize("NFKC", name).lower().replace("+", "plus")
    return singular("".join(ch for ch in s if ch.isalnum()))


def singular(s):
    """Drops one trailing plural "s" (of an already lower-case letters/digits string)."""
    return s[:-1] if len(s) >= 4 and s.endswith("s") and not s.endswith("ss") else s


def parse(path):
    """Yield (lineno, names, case_forms) ; case_forms is None, 'ALL' or a set of forms."""
    errors = []
    entries = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        case = None
        # a metric's direction ends the line: "#higher", "#lower", or after a case marker ("#case:AP higher")
        direction = DIRECTION.search(line)
        if direction and path.name == "metrics.txt":
            line = line[: direction.start()] if direction.group(1) else line[: direction.start()].rstrip()
            line = line.rstrip()
        m = MARK.search(line)
        if m:
            forms = m.group("forms")
            case = "ALL" if forms is None else {f.strip() for f in forms.split(",") if f.strip()}
            line = line[: m.start()].rstrip()
            if re.search(r"\s#", line):
                errors.append(f"{path.name}:{no}: '#' inside the entry; only one trailing marker allowed: {raw!r}")
            if case != "ALL" and not case:
                errors.append(f"{path.name}:{no}: empty #case: list")
        elif re.search(r"\s#", line):
            errors.append(f"{path.name}:{no}: unknown trailing comment/marker: {raw!r}")
            line = re.split(r"\s#", line)[0].rstrip()
        names = [n.strip() for n in line.split("|")]
        if any(not n for n in names):
            errors.append(f"{path.name}:{no}: empty name in {raw!r}")
            names = [n for n in names if n]
        for n in names:
            if not norm(n):
                errors.append(f"{path.name}:{no}: name normalises to nothing: {n!r}")
        if isinstance(case, set):
            for f in case - set(names):
                errors.append(f"{path.name}:{no}: #case form {f!r} is not a name on the line")
        entries.append((no, names, case))
    return entries, errors


def tab_file_forms(name, column):
    """(lineno, form) of the matched column of a "a<TAB>b" file (heads.txt: the lemma, implied-metrics.txt: the word)."""
    forms = []
    for no, raw in enumerate((LEX / name).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            forms.append((no, line.split("\t")[column].strip()))
    return forms


def every_form():
    """(file:line, form) for every name any lexicon file matches against text."""
    forms = []
    for f in TYPED + ["generic"]:
        entries, _ = parse(LEX / f"{f}.txt")
        forms += [(f"{f}.txt:{no}", n) for no, names, _ in entries for n in names]
    forms += [(f"heads.txt:{no}", n) for no, n in tab_file_forms("heads.txt", 1)]
    forms += [(f"implied-metrics.txt:{no}", n) for no, n in tab_file_forms("implied-metrics.txt", 0)]
    cues, _ = parse_cues()
    forms += [(where, w) for _, words in cues.values() for where, w in words if any(c.isalpha() for c in w)]
    return forms


def cue_files():
    return sorted(LEX.glob("cues-*.txt"))


def parse_cues():
    """({list name: (file:line, [(file:line, word)])}, errors) of the cue-word files."""
    lists, errors = {}, []
    loader = CUE_LOADER.read_text(encoding="utf-8") if CUE_LOADER.is_file() else ""
    for path in cue_files():
        if f'"{path.name}"' not in loader:
            errors.append(f"{path.name}: not read by {CUE_LOADER.name} (add it to CueWords.FILES)")
        current, commented = None, False
        for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            where = f"{path.name}:{no}"
            if not line:
                continue
            if line.startswith("#"):
                commented |= current is not None and not lists[current][1]
                continue
            header = SECTION.match(line)
            if header:
                if current is not None and not commented:
                    errors.append(f"{lists[current][0]}: [{current}] has no comment saying what the list is for")
                current, commented = header.group(1), False
                if current in lists:
                    errors.append(f"{where}: [{current}] already defined at {lists[current][0]}")
                lists[current] = (where, [])
                continue
            if line.startswith("["):
                errors.append(f"{where}: malformed list name (lower-case letters, digits, '-'): {raw!r}")
                continue
            if current is None:
                errors.append(f"{where}: words before the first [list-name]: {raw!r}")
                continue
            for word in line.split():
                if word in [w for _, w in lists[current][1]]:
                    errors.append(f"{where}: {word!r} twice in [{current}]")
                if word != word.lower():
                    errors.append(f"{where}: {word!r} has upper case; the rules compare lower-cased words")
                lists[current][1].append((where, word))
        if current is not None and not commented:
            errors.append(f"{lists[current][0]}: [{current}] has no comment saying what the list is for")
    by_words = {}
    for name, (where, words) in lists.items():
        if not words:
            errors.append(f"{where}: [{name}] is empty")
            continue
        key = frozenset(w for _, w in words)
        if key in by_words:
            errors.append(f"{where}: [{name}] has the same words as [{by_words[key]}]: merge them")
        by_words.setdefault(key, name)
    return lists, errors


def tokens(text):
    """Lower-case letter/digit runs, "+" kept as "plus": norm() of a name is the join of its tokens."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return WORD.findall(text.lower().replace("+", "plus"))


class NameFinder:
    """Finds which names (by norm key) occur in a text as whole words: at each token, tokens are joined while
    the join is a prefix of some key, so "ResNet 50", "ResNet-50" and "resnet50" all match the key resnet50,
    and "ResNet50" does not match the key resnet."""

    def __init__(self, keys):
        self.keys = set(keys)
        self.prefixes = {k[:i] for k in self.keys for i in range(1, len(k) + 1)}
        self.seen = {}  # token -> (its key if it is a name on its own, whether a longer name may start with it)

    def find(self, text):
        toks = tokens(text)
        keys, prefixes, found = self.keys, self.prefixes, set()
        for i, tok in enumerate(toks):
            start = self.seen.get(tok)
            if start is None:
                key = singular(tok)
                start = self.seen[tok] = (key if key in keys else None, tok in prefixes)
            if start[0]:
                found.add(start[0])
            if not start[1]:
                continue
            joined = tok
            for j in range(i + 1, len(toks)):
                joined += toks[j]
                key = singular(joined) if joined[-1] == "s" else joined
                if key in keys:
                    found.add(key)
                if joined not in prefixes:
                    break
        return found


def reserved_titles(path):
    if path is None or not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def corpus_counts(path, finder, reserved):
    """Key -> number of corpus abstracts (title + abstract) it occurs in, reserved abstracts left out."""
    counts, abstracts = {}, 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            title = (record.get("title") or "").strip()
            if title in reserved:
                continue
            abstracts += 1
            for key in finder.find(title + "\n" + (record.get("abstract") or "")):
                counts[key] = counts.get(key, 0) + 1
    return counts, abstracts


def read_allowlist():
    """norm key -> (form, reason) of tools/lexicon-allowlist.txt ("form<TAB>reason it is general vocabulary")."""
    allowed, errors = {}, []
    if not ALLOWLIST.is_file():
        return allowed, errors
    for no, raw in enumerate(ALLOWLIST.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        form, _, reason = line.partition("\t")
        if not reason.strip():
            errors.append(f"{ALLOWLIST.name}:{no}: no reason after a tab: {raw!r}")
        allowed[norm(form.strip())] = (form.strip(), reason.strip())
    return allowed, errors


def sample_rarity(corpus, reserved_path):
    """Errors for names found in the sample but in fewer than MIN_CORPUS_ABSTRACTS corpus abstracts; notes."""
    forms = every_form()
    finder = NameFinder(norm(f) for _, f in forms)
    in_sample = finder.find(SAMPLE.read_text(encoding="utf-8"))
    counts, abstracts = corpus_counts(corpus, finder, reserved_titles(reserved_path))
    allowed, errors = read_allowlist()
    notes = [f"sample-rarity check: {len(in_sample)} lexicon names occur in the sample; "
             f"counted in {abstracts:,} corpus abstracts"]
    needed = set()
    for where, form in forms:
        key = norm(form)
        if key not in in_sample or counts.get(key, 0) >= MIN_CORPUS_ABSTRACTS:
            continue
        if key in allowed:
            needed.add(key)
            continue
        errors.append(f"{where}: {form!r} is in the sample but in {counts.get(key, 0)} corpus abstract(s) "
                      f"(< {MIN_CORPUS_ABSTRACTS}): remove it, or give the reason it is general vocabulary "
                      f"in {ALLOWLIST.name}")
    for key, (form, _) in sorted(allowed.items()):
        if key not in needed:
            notes.append(f"  {ALLOWLIST.name}: {form!r} is not needed (not a rare sample name of any lexicon)")
    return errors, notes


def main():
    args = argparse.ArgumentParser(description="Consistency check for the paperkg lexicons.")
    args.add_argument("--corpus", type=Path, help=f"unlabeled abstracts, JSON lines (default {DEFAULT_CORPUS})")
    args.add_argument("--reserved", type=Path, default=DEFAULT_RESERVED,
                      help="titles of abstracts not to count (evaluation only)")
    args.add_argument("--no-corpus", action="store_true", help="skip the sample-rarity check")
    options = args.parse_args()
    errors, index, counts = [], {}, {}
    for f in TYPED + ["generic"]:
        entries, errs = parse(LEX / f"{f}.txt")
        errors += errs
        counts[f] = len(entries)
        seen = {}
        for no, names, _ in entries:
            keys = {norm(n): n for n in names}
            for k, n in keys.items():
                if k in seen and seen[k][0] != no:
                    errors.append(f"{f}.txt:{no}: {n!r} duplicates {seen[k][1]!r} (line {seen[k][0]})")
                else:
                    seen[k] = (no, n)
        index[f] = seen
    for k, (no, n) in index["generic"].items():
        for f in TYPED:
            if k in index[f]:
                errors.append(f"generic.txt:{no}: {n!r} also in {f}.txt:{index[f][k][0]} ({index[f][k][1]!r})")
    shared = []
    for i, a in enumerate(TYPED):
        for b in TYPED[i + 1:]:
            for k in sorted(set(index[a]) & set(index[b])):
                shared.append(f"  {a}:{index[a][k][1]!r} <-> {b}:{index[b][k][1]!r}")
    cues, cue_errors = parse_cues()
    errors += cue_errors
    print("entries:", ", ".join(f"{f}={c}" for f, c in counts.items()))
    print(f"cue-word lists: {len(cues)} in {len(cue_files())} files, "
          f"{sum(len(words) for _, words in cues.values())} words")
    print(f"names shared between typed files ({len(shared)}):")
    print("\n".join(shared) if shared else "  none")
    rarity_checked = False
    if not options.no_corpus:
        corpus = options.corpus or DEFAULT_CORPUS
        if corpus.is_file():
            rarity_checked = True
            rare, notes = sample_rarity(corpus, options.reserved)
            errors += rare
            print("\n".join(notes))
        elif options.corpus:
            errors.append(f"no corpus at {corpus}")
        else:
            print(f"NOTE: no corpus at {corpus}: sample-rarity check skipped (--corpus PATH)")
    if errors:
        print(f"ERRORS ({len(errors)}):")
        print("\n".join("  " + e for e in errors))
        return 1
    print("OK: no duplicates within a file, no generic/typed overlap"
          + (", no rare sample name" if rarity_checked else " (sample-rarity check not run)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
