#!/usr/bin/env python3
"""Splits the collected real page texts for issue 16 by municipality into a frozen test half and a work half.

Grant pages (deadline labels, reference date 2026-12-01: every application deadline in 2026-12-01 … 2027-11-30) and
premises pages (premises with capacity and prices), copied verbatim from the `search` tool's pages corpus by helpers.
Output: evaluation/frozen/pages/{grants,premises}/ and evaluation/pages/{grants,premises}/, each with the page texts
and a labels file. A municipality is wholly on one side.
"""
import collections, csv, json, pathlib, random, shutil, sys

source = pathlib.Path(sys.argv[1])
# A later collection goes beside the first: `split-pages.py DIR -3` writes grants-3/ and premises-3/.
suffix = sys.argv[2] if len(sys.argv) > 2 else ""
root = pathlib.Path(__file__).resolve().parent.parent

def municipality(path):
    for line in open(path, encoding="utf-8"):
        if line.startswith("MUNICIPALITY:"):
            return line.split(":", 1)[1].strip()
    return "?"

def split(files):
    by = collections.defaultdict(list)
    for f in files:
        by[municipality(f)].append(f)
    names = sorted(by)
    random.Random(20261202).shuffle(names)
    frozen, count = set(), 0
    for name in names:
        if count >= len(files) / 2:
            break
        frozen.add(name)
        count += len(by[name])
    return {f.name: (municipality(f) in frozen) for f in files}

def read(name, parse):
    return parse(open(source / name, encoding="utf-8")) if (source / name).exists() else None

grant_labels = read("grant-labels.tsv", lambda f: {r["file"]: r for r in csv.DictReader(f, delimiter="\t")})
premises_labels = read("premises-labels.jsonl", lambda f: {json.loads(l)["file"]: l for l in f if l.strip()})
for kind, folder, labels, name, header in (
    ("grants", "grant-pages", grant_labels, "labels.tsv", "file\tdeadlines\tnote\n"),
    ("premises", "premises-pages", premises_labels, "labels.jsonl", ""),
):
    if labels is None:
        continue
    files = sorted((source / folder).glob("*.txt"))
    side = split(files)
    for frozen in (True, False):
        out = root / ("frozen/pages" if frozen else "pages") / (kind + suffix)
        out.mkdir(parents=True, exist_ok=True)
        chosen = [f for f in files if side[f.name] == frozen]
        with open(out / name, "w", encoding="utf-8") as labels_out:
            labels_out.write(header)
            for f in chosen:
                shutil.copy(f, out / f.name)
                row = labels[f.name]
                labels_out.write(f"{row['file']}\t{row['deadlines']}\t{row['note']}\n" if kind == "grants" else row.rstrip("\n") + "\n")
        print(kind, "frozen" if frozen else "work", len(chosen), "pages,", len({municipality(f) for f in chosen}), "municipalities")
