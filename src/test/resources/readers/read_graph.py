"""Reads a paperkg graph export with software that did not write it and prints what it sees as JSON.

usage: python3 read_graph.py graphml|gexf|csv FILE_OR_DIR [NODE_ID...]
GraphML and GEXF are read by networkx, the Neo4j CSV folder by Python's csv module.
"""
import csv
import json
import os
import sys

fmt, path, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
if fmt == "csv":
    with open(os.path.join(path, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(path, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    by_id = {n["id:ID"]: n for n in nodes}
    missing = [e for e in edges if e[":START_ID"] not in by_id or e[":END_ID"] not in by_id]
    print(json.dumps({
        "nodes": len(nodes), "edges": len(edges), "dangling": len(missing),
        "nodeHeader": list(nodes[0].keys()) if nodes else [],
        "edgeHeader": list(edges[0].keys()) if edges else [],
        "labels": {i: by_id[i]["label"] if i in by_id else None for i in ids},
        "types": sorted({e[":TYPE"] for e in edges}),
    }))
    sys.exit(0)

import networkx as nx

g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
print(json.dumps({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "directed": g.is_directed(),
    "labels": {i: g.nodes[i].get("label") if i in g else None for i in ids},
    "types": {i: g.nodes[i].get("type") if i in g else None for i in ids},
    "papers": {i: g.nodes[i].get("papers") if i in g else None for i in ids},
}))
