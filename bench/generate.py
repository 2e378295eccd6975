#!/usr/bin/env python3
"""Writes a terms file of N clauses (YAML) and the same data as JSON, for benchmarks.

usage: generate.py N OUT.yaml [OUT.json]

The clauses are varied the way real portfolios are: many parties, a few dozen kinds, places
and objects from a vocabulary, dates across a decade, some supersessions. Deterministic."""
import json
import random
import sys

KINDS = ["exclusivity", "right-of-first-refusal", "license-grant", "revenue-share", "minimum-commitment",
         "non-compete", "confidentiality", "termination", "governing-law", "audit-rights", "payment",
         "warranty", "insurance", "most-favored-nation", "anti-assignment", "change-of-control"]
MODALITIES = ["right", "obligation", "prohibition", "permission", "statement"]
VERBS = ["distribute", "supply", "host", "license", "purchase", "market", "audit", "pay", "resell", "maintain"]
THINGS = ["widgets", "gadgets", "software", "services", "spare-parts", "hardware", "data", "content"]
PLACES = ["europe", "asia", "americas", "africa", "oceania", "cloud-a", "cloud-b", "on-premises"]


def build(n):
    rnd = random.Random(42)
    parties = {f"party-{i}": {"name": f"Party {i} Inc.", "aliases": [f"P{i}"]} for i in range(max(2, n // 50))}
    ids = list(parties)
    definitions = {t: {"name": t.replace("-", " ").title(), "type": "product"} for t in THINGS}
    definitions.update({p: {"name": p.replace("-", " ").title(), "type": "place"} for p in PLACES})
    clauses = []
    for i in range(n):
        kind = rnd.choice(KINDS)
        verb, thing, place = rnd.choice(VERBS), rnd.choice(THINGS), rnd.choice(PLACES)
        a, b = rnd.sample(ids, 2)
        year = 2016 + rnd.randrange(10)
        c = {
            "id": f"c{i}-{kind}",
            "title": f"{kind.replace('-', ' ').capitalize()} {i}: {verb} {thing} in {place}",
            "kind": kind,
            "modality": rnd.choice(MODALITIES),
            "party": a,
            "counterparty": b,
            "action": f"{verb} {thing.replace('-', ' ')}",
            "object": thing,
            "where": place,
            "effective": f"{year}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
            "text": f"{parties[a]['name']} shall {verb} the {thing.replace('-', ' ')} in {place} for "
                    f"{parties[b]['name']} under section {i}, subject to the terms of this agreement.",
            "source": f"master §{i}",
            "evidence": "contract",
        }
        if rnd.random() < 0.3:
            c["exclusive"] = True
        if i > 10 and rnd.random() < 0.05:
            c["supersedes"] = [clauses[i - 10]["id"]]
            if clauses[i - 10]["effective"] > c["effective"]:
                c["effective"] = clauses[i - 10]["effective"]
        if rnd.random() < 0.2:
            c["until"] = f"{int(c['effective'][:4]) + 3}-12-31"
        clauses.append(c)
    return {
        "version": 1,
        "agreement": {"id": "portfolio", "title": f"Generated portfolio of {n} clauses", "effective": "2016-01-01"},
        "parties": parties,
        "definitions": definitions,
        "clauses": clauses,
    }


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def write_yaml(doc, out):
    out.write("version: 1\n")
    out.write("agreement:\n")
    for k, v in doc["agreement"].items():
        out.write(f"  {k}: {yaml_scalar(v)}\n")
    for section in ("parties", "definitions"):
        out.write(f"{section}:\n")
        for key, entry in doc[section].items():
            out.write(f"  {key}:\n")
            for k, v in entry.items():
                if isinstance(v, list):
                    out.write(f"    {k}: [{', '.join(yaml_scalar(x) for x in v)}]\n")
                else:
                    out.write(f"    {k}: {yaml_scalar(v)}\n")
    out.write("clauses:\n")
    for c in doc["clauses"]:
        first = True
        for k, v in c.items():
            lead = "  - " if first else "    "
            first = False
            if isinstance(v, list):
                out.write(f"{lead}{k}: [{', '.join(yaml_scalar(x) for x in v)}]\n")
            else:
                out.write(f"{lead}{k}: {yaml_scalar(v)}\n")


def main():
    n = int(sys.argv[1])
    doc = build(n)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        write_yaml(doc, f)
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
