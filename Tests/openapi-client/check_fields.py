#!/usr/bin/env python3
"""Every field the OpenAPI document promises in an answer occurs in real answers (issue 17).

    check_fields.py BASE_URL

Calls each documented read (and the route) on the default data plus the records of fixtures/ (one premises and two
grants with every field filled, imported by run.sh), collects the fields that occur at each place of the answers, and
lists documented fields that never occur. Fields these cannot show are named below with the reason; everything else
must occur.
"""
import json
import sys
import urllib.request

base = sys.argv[1]
document = json.load(urllib.request.urlopen(base + "/openapi.json"))

# Fields the default data cannot show, with why.
absent = {
    "Premises.withdrawn_at": "only on withdrawn premises",
    "YearDay.week": "no deadline here is a week",
    "OpeningHours.regular[].valid_from": "no seasonal hours here", "OpeningHours.regular[].valid_to": "no seasonal hours here",
    "OpeningHours.exceptions[].date": "no exceptions here", "OpeningHours.exceptions[].intervals": "no exceptions here",
    "OpeningHours.exceptions[].note": "no exceptions here",
    "HSDSService.schedules[].valid_from": "no seasonal hours here", "HSDSService.schedules[].valid_to": "no seasonal hours here", "TimeRange.opens": "only in exceptions", "TimeRange.closes": "only in exceptions",
}

calls = [
    ("/v1/premises", "get", "?limit=100"), ("/v1/premises/{id}", "get", None), ("/v1/grants", "get", "?limit=100"),
    ("/v1/grants/{id}", "get", None), ("/v1/grants/{id}/deadlines", "get", None), ("/v1/calendar", "get", "?from=2026-01-01&to=2028-12-31"),
    ("/v1/units", "get", ""), ("/v1/vocabulary", "get", ""), ("/healthz", "get", ""),
    ("/v1/premises", "get", "?near=56.03,14.15&radius_km=50&sort=distance"), ("/v1/premises", "get", "?q=finnsinte&relax=true"),
    ("/v1/grants/{id}/deadlines", "get", "?event_date=2027-06-01"), ("/v1/hsds/services", "get", "?per_page=100"),
]


def resolve(schema):
    while "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = document["components"]["schemas"][name]
    return schema


def documented(schema, place, out):
    """The documented field places under `schema`, as 'Schema.field' or 'Schema.field[].sub'."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        if name in out["seen_schemas"]:
            return
        out["seen_schemas"].add(name)
        documented(resolve(schema), name, out)
        return
    if schema.get("type") == "array" or "items" in schema:
        documented(schema.get("items", {}), place + "[]" if place else place, out)
        return
    for field, sub in schema.get("properties", {}).items():
        where = f"{place}.{field}"
        out["fields"].add(where)
        documented(sub, where, out) if "$ref" not in sub else documented(sub, where, out)


def occurring(schema, value, place, out):
    """The field places that occur in `value`, walked along `schema`."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        occurring(resolve(schema), value, name, out)
        return
    if isinstance(value, list):
        for item in value:
            occurring(schema.get("items", {}), item, place + "[]", out)
        return
    if isinstance(value, dict):
        for field, sub in schema.get("properties", {}).items():
            if field in value:
                where = f"{place}.{field}"
                out.add(where)
                if value[field] is not None:
                    occurring(sub, value[field], where, out)


found, promised = set(), {"fields": set(), "seen_schemas": set()}
first_ids = {}
for path, method, query in calls:
    operation = document["paths"][path][method]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    documented(schema, "", promised)
    targets = [path]
    if "{id}" in path:
        kind = "premises" if "premises" in path else "grants"
        listing = json.load(urllib.request.urlopen(f"{base}/v1/{kind}?limit=100"))["items"]
        targets = [path.replace("{id}", item["id"]) for item in listing]
    for target in targets:
        answer = json.load(urllib.request.urlopen(base + target + (query or "")))
        occurring(schema, answer, "", found)
route_schema = document["paths"]["/v1/route"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
for text in ("Var kan vi hyra en lokal för 80 personer i Åhus och söka bidrag?", "Kan vi hyra Provlokalen med projektor för 30 personer?",
             "Vilka öppettider har kommunens växel?"):
    request = urllib.request.Request(base + "/v1/route", data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
    occurring(route_schema, json.load(urllib.request.urlopen(request)), "", found)
documented(route_schema, "", promised)

# Compare by the last schema name and field: "Premises.prices[].tariff" is seen wherever a Premises occurs.
def key(place):
    return place.lstrip(".")

answered = {key(x) for x in found}
# A channel is either open (closes_at) or closed (opens_at) at the moment of the call: one stands for both.
if answered & {"OpenStatus.opens_at", "OpenStatus.closes_at"}:
    answered |= {"OpenStatus.opens_at", "OpenStatus.closes_at"}
missing = sorted(key(f) for f in promised["fields"] if key(f) not in answered and key(f) not in absent)
stale = sorted(field for field in absent if field in answered or field not in {key(f) for f in promised["fields"]})
for field in missing:
    print("FAIL documented but never answered:", field)
for field in stale:
    print("FAIL named as absent, but answered or not documented:", field)
print(f"fields: {len(promised['fields'])} documented, {len(missing)} never answered, {len(absent)} named as not in this data")
sys.exit(1 if missing or stale else 0)
