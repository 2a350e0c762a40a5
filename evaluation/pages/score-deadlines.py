#!/usr/bin/env python3
"""Scores deadlines read from whole grant pages (issue 16) against hand labels: a page is right when the set of
application deadlines in 2026-12-01 … 2027-11-30 equals the label ("none" = no date), and a page labelled none that
gets a date has a date invented.

    python3 evaluation/pages/score-deadlines.py .build/debug/lotsen evaluation/pages/grants
    python3 evaluation/pages/score-deadlines.py --dateparser evaluation/pages/grants   # the baseline (pip install dateparser)
"""
import csv, datetime, json, pathlib, subprocess, sys

START, END = datetime.date(2026, 12, 1), datetime.date(2027, 11, 30)


def page_text(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    # Drop the two header lines (URL, MUNICIPALITY) and the blank line after them.
    return "\n".join(lines[3:]) if lines and lines[0].startswith("URL:") else "\n".join(lines)


def lotsen_dates(lotsen, text):
    out = subprocess.run([lotsen, "deadline", "--from", START.isoformat(), "--count", "12", "--json", "-"],
                         input=text, capture_output=True, text=True)
    if out.returncode != 0:
        return None
    answer = json.loads(out.stdout)
    dates = {datetime.date.fromisoformat(d["date"]) for d in answer.get("next", [])}
    return {d for d in dates if START <= d <= END}


def dateparser_dates(text):
    from dateparser.search import search_dates
    found = search_dates(text, languages=["sv"], settings={"RELATIVE_BASE": datetime.datetime(2026, 12, 1), "PREFER_DATES_FROM": "future"}) or []
    future = [d.date() for _, d in found if START <= d.date() <= END]
    return {max(future)} if future else set()


def main():
    args = sys.argv[1:]
    use_dateparser = args[0] == "--dateparser"
    folder = pathlib.Path(args[-1])
    lotsen = None if use_dateparser else args[0]
    right = invented = none_pages = 0
    rows = list(csv.DictReader(open(folder / "labels.tsv", encoding="utf-8"), delimiter="\t"))
    for row in rows:
        text = page_text(folder / row["file"])
        expected = set() if row["deadlines"] == "none" else {datetime.date.fromisoformat(d) for d in row["deadlines"].split(",")}
        got = dateparser_dates(text) if use_dateparser else lotsen_dates(lotsen, text)
        ok = got == expected
        right += ok
        if not expected:
            none_pages += 1
            invented += bool(got)
        print(f"{'ok  ' if ok else 'MISS'} {row['file']}: expected {sorted(map(str, expected)) or 'none'}, got "
              f"{'ERROR' if got is None else (sorted(map(str, got)) or 'none')}  ({row['note']})")
    print(f"\npages right: {right}/{len(rows)} = {100 * right / len(rows):.1f} %; "
          f"pages without a future deadline that got a date: {invented}/{none_pages}")


if __name__ == "__main__":
    main()
