"""Parses a paperkg RDF export with rdflib and writes what it read as N-Quads, for Jena to compare.

usage: /usr/bin/python3 read_rdf.py turtle|trig|nquads|json-ld|xml FILE OUT.nq
"""
import sys

import rdflib

rdflib.NORMALIZE_LITERALS = False  # keep lexical forms exactly as written
fmt, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
if fmt in ("trig", "nquads"):
    g = rdflib.ConjunctiveGraph()
    g.parse(path, format=fmt)
    g.serialize(destination=out, format="nquads", encoding="utf-8")
else:
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    g.serialize(destination=out, format="nt", encoding="utf-8")
print(len(g))
