#!/usr/bin/env python3
"""Samples for the entity-identity figures in the README (issue 16).

  identity_measure.py sample CORPUS RESERVED OUT.jsonl [N] [SEED]
      N abstracts (default 2000, seed 16) of CORPUS whose titles are not in RESERVED.
  identity_measure.py precision AUDIT.tsv [SEED]
      100 entities (seed 16) of `paperkg entities --audit --min-forms 2 --limit 0 --results tsv`, to judge by reading.
  identity_measure.py recall MENTIONS.tsv GOLD.jsonl
      The 100 gold pairs of forms of one thing most frequent in the store; merged when both forms' most common
      node is the same. MENTIONS.tsv: ?paper ?entity ?form rows (surface forms and aliases of every mention).
"""
import collections, csv, itertools, json, random, re, sys


def title_key(t):
    return re.sub(r"[^a-z0-9]", "", t.lower())


def sample(corpus, reserved, out, n=2000, seed=16):
    skip = {title_key(l) for l in open(reserved, encoding="utf-8") if l.strip() and not l.startswith("#")}
    rows = [l for l in open(corpus, encoding="utf-8") if title_key(json.loads(l).get("title", "")) not in skip]
    random.seed(seed)
    open(out, "w", encoding="utf-8").writelines(random.sample(rows, n))


def precision(audit, seed=16):
    rows = list(csv.reader(open(audit, encoding="utf-8"), delimiter="\t"))[1:]
    random.seed(seed)
    for i, r in enumerate(random.sample(rows, 100), 1):
        print(i, *r[:6], sep="\t")


def recall(mentions, gold):
    forms = collections.defaultdict(set)
    for row in list(csv.reader(open(mentions, encoding="utf-8"), delimiter="\t"))[1:]:
        forms[(row[0], row[1])].add(row[2].strip('"'))
    nodes, papers = collections.defaultdict(collections.Counter), collections.defaultdict(set)
    for (paper, entity), fs in forms.items():
        for f in fs:
            nodes[f][entity] += 1
            papers[f].add(paper)
    pairs = set()
    for line in open(gold, encoding="utf-8"):
        rec = json.loads(line)
        for kind in ("methods", "datasets", "metrics", "tasks"):
            for e in rec.get(kind, []):
                if isinstance(e, dict):
                    names = {f for f in [e.get("name"), *(e.get("aliases") or [])] if f}
                    pairs.update((kind, a, b) for a, b in itertools.combinations(sorted(names), 2))
    found = sorted(((min(len(papers[a]), len(papers[b])), k, a, b) for k, a, b in pairs if a in papers and b in papers),
                   key=lambda x: (-x[0], x[2], x[3]))[:100]
    for i, (n, kind, a, b) in enumerate(found, 1):
        same = nodes[a].most_common(1)[0][0] == nodes[b].most_common(1)[0][0]
        print(i, kind, n, a, b, "merged" if same else "split", sep="\t")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"sample": lambda: sample(*args[:3], *map(int, args[3:])), "precision": lambda: precision(args[0], *map(int, args[1:])),
     "recall": lambda: recall(*args)}[cmd]()
