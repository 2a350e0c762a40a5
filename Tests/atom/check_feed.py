#!/usr/bin/env python3
"""Edits the catalogue over the API as an editor, then reads /v1/changes.atom with feedparser (issue 18).

    check_feed.py BASE_URL EDITOR_TOKEN
"""
import json
import sys
import urllib.request

import feedparser

base, token = sys.argv[1], sys.argv[2]
failures = []


def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, response.read()


def expect(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def feed(query=""):
    with urllib.request.urlopen(base + "/v1/changes.atom" + query) as response:
        expect(response.headers["Content-Type"].startswith("application/atom+xml"), "the feed is served as application/atom+xml " + query)
        parsed = feedparser.parse(response.read())
    expect(not parsed.bozo, f"feedparser reads the feed{query} without error ({parsed.get('bozo_exception')})")
    expect(parsed.version == "atom10", f"the feed{query} is Atom 1.0 ({parsed.version})")
    return parsed


expect(len(feed().entries) == 0, "the first fill is not news")

status, _, _ = call("PUT", "/v1/grants/bygdemedel", {
    "name": "Bygdemedel & landsbygdsstöd <2027>", "summary": "Stöd till föreningar på landsbygden.", "applicants": ["forening"],
    "categories": ["kultur"], "deadline_text": "Ansök senast 15 april.", "funder": "Region Skåne"})
expect(status == 201, "an editor adds another funder's grant (201)")
_, headers, _ = call("GET", "/v1/grants/aktivitetsstod")
status, _, _ = call("PATCH", "/v1/grants/aktivitetsstod", {"deadline_text": "Sista ansökningsdag: 1 mars och 1 september."},
                    {"If-Match": headers["ETag"]})
expect(status == 200, "an editor moves a deadline (200)")
premises = json.load(urllib.request.urlopen(base + "/v1/premises?limit=1"))["items"][0]
_, headers, _ = call("GET", "/v1/premises/" + premises["id"])
status, _, _ = call("DELETE", "/v1/premises/" + premises["id"], headers={"If-Match": headers["ETag"]})
expect(status == 204, "an editor withdraws premises (204)")

everything = feed()
titles = [entry.title for entry in everything.entries]
print("     entries:", titles)
expect(len(everything.entries) == 3, "three changes, three entries")
expect("Nytt bidrag: Bygdemedel & landsbygdsstöd <2027>" in titles, "the new grant, its name unescaped intact")
expect(any(t.startswith("Ny ansökningstid: ") for t in titles), "the moved deadline")
expect(any(t.startswith("Lokal borttagen: ") for t in titles), "the withdrawn premises")
for entry in everything.entries:
    expect(bool(entry.id) and bool(entry.link) and entry.get("updated_parsed") is not None, f"'{entry.title}' has an id, a link and a date")
moved = next(e for e in everything.entries if e.title.startswith("Ny ansökningstid"))
expect("1 mars och 1 september" in moved.summary, "the moved deadline's entry gives the new wording")

grants_only = feed("?type=grant&applicant=forening")
expect(sorted(e.title for e in grants_only.entries) == sorted(t for t in titles if not t.startswith("Lokal")),
       "type=grant&applicant=forening keeps the two grants")
expect(len(feed("?type=event").entries) == 0, "type=event has nothing here")

if failures:
    print(f"atom: {len(failures)} failed")
    sys.exit(1)
print("atom: every check passed")
