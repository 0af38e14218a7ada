#!/usr/bin/env python3
"""Consistency check for the paperkg lexicons (src/main/resources/org/paperkg/lexicon/*.txt).

Errors (exit 1):
  * the same normalised name in two entries of one file;
  * a name of generic.txt that also occurs in datasets/methods/metrics/tasks;
  * malformed lines (empty name, bad #case marker, #case:X naming a form not on the line).
Report only:
  * names shared between two of datasets/methods/metrics/tasks (allowed, e.g. neural architecture search).

Normalisation mirrors the matcher: NFKC, lower case, "+" kept as "plus" (PointNet vs PointNet++,
RefCOCO vs RefCOCO+), then letters/digits only, one trailing plural "s" dropped when at least 3
characters remain and the word does not end in "ss".
"""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEX = HERE.parent / "src/main/resources/org/paperkg/lexicon"
TYPED = ["datasets", "methods", "metrics", "tasks"]
MARK = re.compile(r"\s#case(?::\s*(?P<forms>[^#]*))?\s*$")
DIRECTION = re.compile(r"(?:(\s#)|(?<=#case)|(?<=[^\s#|])(?=\s))\s*(?:higher|lower)\s*$")


def norm(name):
    s = unicodedata.normalize("NFKC", name).lower().replace("+", "plus")
    s = "".join(ch for ch in s if ch.isalnum())
    if len(s) >= 4 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


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


def main():
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
    print("entries:", ", ".join(f"{f}={c}" for f, c in counts.items()))
    print(f"names shared between typed files ({len(shared)}):")
    print("\n".join(shared) if shared else "  none")
    if errors:
        print(f"ERRORS ({len(errors)}):")
        print("\n".join("  " + e for e in errors))
        return 1
    print("OK: no duplicates within a file, no generic/typed overlap")
    return 0


if __name__ == "__main__":
    sys.exit(main())
