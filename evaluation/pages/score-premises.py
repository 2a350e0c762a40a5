#!/usr/bin/env python3
"""Scores premises read from real page text without a profile (issue 16): each page is imported alone with
`lotsen import --kind premises --format text`; a labelled premises with a capacity counts as found when an imported
premises' name shares a word of four letters or more (one word may be the other with an ending: "bygdegård" and
"bygdegården", "grupprum" and "grupprummen"; a name of shorter words only, such as a room number "201", is matched
whole) and has the same capacity.

    python3 evaluation/pages/score-premises.py .build/debug/lotsen evaluation/pages/premises
"""
import json, pathlib, sqlite3, subprocess, sys, tempfile, unicodedata

lotsen, folder = sys.argv[1], pathlib.Path(sys.argv[2])
fold = lambda s: unicodedata.normalize("NFD", s.lower()).encode("ascii", "ignore").decode()
words = lambda s: [w for w in "".join(c if c.isalnum() else " " for c in fold(s)).split() if len(w) > 2]
labels = [json.loads(l) for l in open(folder / "labels.jsonl", encoding="utf-8") if l.strip()]
with_capacity = right = pages_with_any = 0
for page in labels:
    text = (folder / page["file"]).read_text(encoding="utf-8").split("\n")[3:]
    with tempfile.TemporaryDirectory() as work:
        source = pathlib.Path(work) / "sida.txt"
        source.write_text("\n".join(text), encoding="utf-8")
        db = f"{work}/catalogue.db"
        subprocess.run([lotsen, "import", str(source), "--kind", "premises", "--format", "text", "--db", db,
                        "--importers", f"{work}/none", "--allow-empty"], capture_output=True, text=True)
        rows = sqlite3.connect(db).execute("SELECT name, capacity FROM premises WHERE withdrawn_at IS NULL").fetchall()
    pages_with_any += bool(rows)
    for item in page["premises"]:
        if item.get("capacity") is None:
            continue
        with_capacity += 1
        keys = [w for w in words(item["name"]) if len(w) >= 4]
        same = lambda key, name: any(word.startswith(key) or key.startswith(word) for word in words(name) if len(word) >= 4)
        # A name of short words only ("201", "Rum 4") is matched whole.
        named = (lambda name: any(same(k, name) for k in keys)) if keys else (lambda name: words(name) == words(item["name"]) or fold(name).strip() == fold(item["name"]).strip())
        hit = [r for r in rows if named(r[0]) and r[1] == item["capacity"]]
        right += bool(hit)
        print(f"{'ok  ' if hit else 'MISS'} {page['file']} {item['name']!r} {item['capacity']}: got {rows[:4]}")
print(f"\nlabelled premises with a capacity found with the right capacity: {right}/{with_capacity}; pages with any premises imported: {pages_with_any}/{len(labels)}")
