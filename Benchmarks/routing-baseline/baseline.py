#!/usr/bin/env python3
"""The baseline Lotsen's router is compared with (issue 15): TF-IDF over word and character n-grams + logistic
regression, trained on labelled enquiries and scored on another labelled file, top-1 and top-3.

    pip install -r Benchmarks/routing-baseline/requirements.txt
    python3 Benchmarks/routing-baseline/baseline.py --train evaluation/real-enquiries.tsv --test evaluation/frozen/real-enquiries.tsv
"""
import argparse

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union


def load(paths):
    units, texts = [], []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            units.append(parts[0].strip())
            texts.append(parts[1].strip())
    return units, texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", required=True)
    args = parser.parse_args()
    train_units, train_texts = load(args.train)
    test_units, test_texts = load([args.test])
    model = make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True),
        ),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    model.fit(train_texts, train_units)
    probabilities = model.predict_proba(test_texts)
    classes = list(model.classes_)
    top1 = top3 = 0
    for unit, row in zip(test_units, probabilities):
        ranked = [classes[i] for i in sorted(range(len(classes)), key=lambda i: -row[i])]
        top1 += ranked[0] == unit
        top3 += unit in ranked[:3]
    n = len(test_units)
    print(f"baseline trained on {len(train_units)} ({', '.join(args.train)}), tested on {n} ({args.test})")
    print(f"top-1: {top1}/{n} = {100 * top1 / n:.1f} %")
    print(f"top-3: {top3}/{n} = {100 * top3 / n:.1f} %")


if __name__ == "__main__":
    main()
