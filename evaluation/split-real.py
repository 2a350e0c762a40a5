#!/usr/bin/env python3
"""Builds the real-enquiry set (issue 15) from the collectors' files and splits it by municipality.

Input: the four collection files (unit, question, url, municipality, topic), and the review that dropped questions that
cannot be routed without their page. Output: evaluation/frozen/real-enquiries.tsv (the test part, scored once) and
evaluation/real-enquiries.tsv (the part knowledge may be changed from). A municipality is wholly in one part, so the
test part's wording families come from pages the knowledge was never shown.
"""
import csv, random, sys, collections, pathlib

collect = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent / "collected")
out = pathlib.Path(__file__).resolve().parent
files = ["associations", "technical", "social", "governance", "extra"]
review = {}
for row in csv.reader(open(collect / "review.tsv", encoding="utf-8"), delimiter="\t"):
    review[(row[0].replace(".tsv", ""), int(row[1]))] = row[2]

rows, seen = [], set()
for name in files:
    for number, line in enumerate(open(collect / f"{name}.tsv", encoding="utf-8"), start=1):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4:
            continue
        # extra.tsv was collected under the review's rule (routable from the question alone), so it is not reviewed again.
        decision = "keep" if name == "extra" else review.get((name, number), "missing")
        if decision != "keep":
            continue
        unit, question, url, municipality = parts[:4]
        key = " ".join(question.lower().split())
        if key in seen:
            continue
        seen.add(key)
        rows.append((unit, " ".join(question.split()), url, municipality.split("/")[0].strip()))

# Whole municipalities go to the test part until it holds 42 % of the rows; of 500 seeded shuffles the one whose
# test part is spread most evenly over the units is kept. Only the labels are looked at, never the router.
units_total = collections.Counter(r[0] for r in rows)
def draw(seed):
    municipalities = sorted({r[3] for r in rows})
    random.Random(seed).shuffle(municipalities)
    chosen, count = set(), 0
    for m in municipalities:
        if count >= 0.42 * len(rows):
            break
        chosen.add(m)
        count += sum(1 for r in rows if r[3] == m)
    per_unit = collections.Counter(r[0] for r in rows if r[3] in chosen)
    return sum(abs(per_unit[u] / n - 0.42) for u, n in units_total.items()), chosen
frozen_set = min((draw(seed) for seed in range(500)), key=lambda pair: pair[0])[1]

header = "# unit\tenquiry\tsource URL\tmunicipality — real text, copied verbatim from public pages (issue 15); {}\n"
def write(path, part, note):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header.format(note))
        for r in sorted(part, key=lambda r: (r[0], r[3], r[1])):
            f.write("\t".join(r) + "\n")
frozen = [r for r in rows if r[3] in frozen_set]
work = [r for r in rows if r[3] not in frozen_set]
write(out / "frozen" / "real-enquiries.tsv", frozen, "FROZEN test part: scored once, at the end; never edited")
write(out / "real-enquiries.tsv", work, "work part: knowledge may be changed from these")
for label, part in (("frozen", frozen), ("work", work)):
    units = collections.Counter(r[0] for r in part)
    print(label, len(part), "rows,", len({r[3] for r in part}), "municipalities:", dict(sorted(units.items())))
print("all", len(rows), "rows,", len({r[3] for r in rows}), "municipalities")
