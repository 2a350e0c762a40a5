#!/usr/bin/env python3
"""Lotsen's router against a standard baseline on the same labelled enquiries.

Baseline: TF-IDF (word unigrams+bigrams and character 2–5-grams) with logistic regression, scikit-learn.
1. The sets in evaluation/ the rules were written or widened from (enquiries, holdout, blind, blind-2: 323
   enquiries) are split in half five times (stratified by unit, seeds 1–5); the baseline trains on one half and both
   are scored on the other. Lotsen's router is not trained on either half: its rules are the hand-written
   seed/routing.json (which was written while looking at these sets; see README), so this favours Lotsen.
2. The held-out set blind-3 (never used for the rules): the baseline trains on all 323 above, with and without
   the seed knowledge as extra text, and both are scored on blind-3. This is the fair comparison.

Run: Benchmarks/routing-baseline.sh (makes a virtualenv with scikit-learn and builds lotsen first).
"""
import subprocess, sys, tempfile, os, re
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline, make_union

lotsen = sys.argv[1] if len(sys.argv) > 1 else ".build/release/lotsen"
rows = []
def read(name):
    found = []
    for line in open(name, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            unit, text = line.rstrip("\n").split("\t", 1)
            found.append((unit, text))
    return found

for name in ["enquiries", "holdout", "blind", "blind-2"]:
    rows += read(f"evaluation/{name}.tsv")
held_out = read("evaluation/blind-3.tsv")
units = [u for u, _ in rows] + [u for u, _ in held_out]
texts = [t for _, t in rows] + [t for _, t in held_out]

def lotsen_scores(test_rows):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        for unit, text in test_rows:
            f.write(f"{unit}\t{text}\n")
    out = subprocess.run([lotsen, "route", "--evaluate", f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    top1 = float(re.search(r"top-1: .* = ([0-9.]+) %", out).group(1))
    top3 = float(re.search(r"top-3: .* = ([0-9.]+) %", out).group(1))
    return top1, top3

import json
knowledge = json.load(open("seed/routing.json", encoding="utf-8"))
seed_texts, seed_units = [], []
for topic in knowledge["topics"]:
    for text in topic.get("examples", []) + topic.get("terms", []) + topic.get("phrases", []) + topic.get("names", []):
        seed_texts.append(text)
        seed_units.append(topic["unit"])

def baseline(train_texts, train_units, test_idx):
    model = make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True),
        ),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    model.fit(train_texts, train_units)
    probabilities = model.predict_proba([texts[i] for i in test_idx])
    classes = model.classes_
    top1 = 100 * np.mean([classes[np.argmax(p)] == units[i] for p, i in zip(probabilities, test_idx)])
    top3 = 100 * np.mean([units[i] in set(classes[np.argsort(-p)[:3]]) for p, i in zip(probabilities, test_idx)])
    return top1, top3

results = []
for seed in range(1, 6):
    train_idx, test_idx = train_test_split(range(len(rows)), test_size=0.5, random_state=seed, stratify=units[:len(rows)])
    base1, base3 = baseline([texts[i] for i in train_idx], [units[i] for i in train_idx], test_idx)
    # The same model also given the router's own knowledge (examples, terms, phrases) as training text.
    seeded1, seeded3 = baseline([texts[i] for i in train_idx] + seed_texts, [units[i] for i in train_idx] + seed_units, test_idx)
    ours1, ours3 = lotsen_scores([rows[i] for i in test_idx])
    results.append((base1, base3, seeded1, seeded3, ours1, ours3))
    print(f"split {seed}: {len(train_idx)} train / {len(test_idx)} test — baseline top-1 {base1:.1f} % top-3 {base3:.1f} %; "
          f"baseline + seed knowledge top-1 {seeded1:.1f} % top-3 {seeded3:.1f} %; lotsen top-1 {ours1:.1f} % top-3 {ours3:.1f} %")
mean = np.mean(results, axis=0)
print(f"mean of 5 splits: TF-IDF + logistic regression top-1 {mean[0]:.1f} %, top-3 {mean[1]:.1f} %; "
      f"the same with seed/routing.json as extra training text top-1 {mean[2]:.1f} %, top-3 {mean[3]:.1f} %; "
      f"lotsen router top-1 {mean[4]:.1f} %, top-3 {mean[5]:.1f} %")

held_idx = list(range(len(rows), len(rows) + len(held_out)))
all_idx = list(range(len(rows)))
base1, base3 = baseline([texts[i] for i in all_idx], [units[i] for i in all_idx], held_idx)
seeded1, seeded3 = baseline([texts[i] for i in all_idx] + seed_texts, [units[i] for i in all_idx] + seed_units, held_idx)
ours1, ours3 = lotsen_scores(held_out)
print(f"held out (blind-3, {len(held_out)} enquiries; baseline trained on all {len(rows)} others): "
      f"TF-IDF + logistic regression top-1 {base1:.1f} %, top-3 {base3:.1f} %; with seed/routing.json top-1 "
      f"{seeded1:.1f} %, top-3 {seeded3:.1f} %; lotsen router top-1 {ours1:.1f} %, top-3 {ours3:.1f} %")
