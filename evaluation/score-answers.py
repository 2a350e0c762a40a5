#!/usr/bin/env python3
"""Scores direct answers (issue 15) on a file of answerable questions: is the first grant (or premises) the expected
one, and does any listed premises break a capacity or place the question states?

    python3 evaluation/score-answers.py .build/debug/lotsen evaluation/answerable.tsv
"""
import csv, json, subprocess, sys, tempfile, unicodedata

lotsen, path = sys.argv[1], sys.argv[2]
fold = lambda s: unicodedata.normalize("NFD", s.lower()).encode("ascii", "ignore").decode()
rows = [r for r in csv.reader((l for l in open(path, encoding="utf-8") if not l.startswith("#")), delimiter="\t")][1:]
right = broken = 0
with tempfile.TemporaryDirectory() as work:
    for row in rows:
        qid, kind, expected, question, constraints = row[:5]
        out = subprocess.run([lotsen, "route", "--json", "--db", f"{work}/catalogue.db", question],
                             capture_output=True, text=True, check=True).stdout
        answer = json.loads(out)
        listed = answer["grants"] if kind == "grant" else answer["premises"]
        first = listed[0]["name"] if listed else None
        # Expected "none" (answerable-4 on): nothing can meet the question; right when nothing is listed or the answer
        # says so in its note (offering the nearest), and the nearest offered do not count as breaking.
        cannot = expected.strip() == "none"
        ok = (not listed or answer.get("premises_note") is not None) if cannot else first in [e.strip() for e in expected.split("|")]
        right += ok
        problems = []
        if kind == "premises" and "cannot be met" not in constraints and not cannot:
            for constraint in constraints.split(";"):
                constraint = constraint.strip()
                if constraint.startswith("capacity>="):
                    need = int(constraint.split(">=")[1])
                    problems += [p["name"] for p in answer["premises"] if (p.get("capacity") or 0) < need]
                elif constraint.startswith("place="):
                    place = fold(constraint.split("=")[1])
                    problems += [p["name"] for p in answer["premises"] if fold(p.get("district") or "") != place]
        broken += bool(problems)
        print(f"{'ok ' if ok else 'MISS'} {qid} {kind}: expected {expected!r}, got {first!r}"
              + (f"; breaks {constraints}: {problems}" if problems else ""))
print(f"\nfirst answer right: {right}/{len(rows)} = {100 * right / len(rows):.1f} %; answers breaking a stated capacity or place: {broken}")
