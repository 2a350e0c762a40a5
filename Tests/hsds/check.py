"""Validates Lotsen's HSDS 3 export (issue 17) against the rules of HSDS 3.

Fetches GET /v1/hsds/services (HSDS's page of results) and GET /v1/hsds/services/{id} for every service on it, and
validates them against hsds-3-rules.json beside this file: the required fields, types, enumerations and formats the
published HSDS schema states for the objects Lotsen writes (Lotsen's statement, not a copy of the schema files). With
--published DIR, validates against the published schema files themselves instead (schema/*.json of
openreferral/specification, which this project does not carry: `service.json` and the files it refers to, and
`compiled/service_list.json` for the page's items).

Usage: check.py BASE_URL [--published DIR]      exits 1 when any document breaks a rule, naming it and the field.
"""
import json
import pathlib
import sys
import urllib.request

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url):
    with opener.open(url) as answer:
        return json.load(answer)


def own_rules():
    rules = json.loads((pathlib.Path(__file__).parent / "hsds-3-rules.json").read_text())
    page = dict(rules, **{"$ref": "#/$defs/page"})
    service = dict(rules, **{"$ref": "#/$defs/service"})
    return page, service, Registry()


def published(folder):
    folder = pathlib.Path(folder)
    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012))
        for path in folder.glob("*.json"))
    listing = json.loads((folder / "compiled" / "service_list.json").read_text())
    page = {"type": "object", "required": ["contents"], "properties": {"contents": {"type": "array", "items": listing}}}
    return page, json.loads((folder / "service.json").read_text()), registry


def main():
    base = sys.argv[1].rstrip("/")
    page_schema, service_schema, registry = published(sys.argv[3]) if sys.argv[2:3] == ["--published"] else own_rules()
    failures = 0

    def check(schema, document, what):
        nonlocal failures
        validator = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
        for error in validator.iter_errors(document):
            failures += 1
            print(f"FAIL {what}: {'/'.join(map(str, error.absolute_path)) or '(document)'}: {error.message}")

    page = fetch(base + "/v1/hsds/services")
    check(page_schema, page, "GET /v1/hsds/services")
    counts = {"services": 0, "phones": 0, "schedules": 0, "locations": 0, "addresses": 0}
    for item in page["contents"]:
        service = fetch(f"{base}/v1/hsds/services/{item['id']}")
        check(service_schema, service, f"GET /v1/hsds/services/{item['id']} ({item['name']})")
        counts["services"] += 1
        counts["phones"] += len(service.get("phones", []))
        counts["schedules"] += len(service.get("schedules", []))
        for at in service.get("service_at_locations", []):
            counts["locations"] += 1
            counts["addresses"] += len(at.get("location", {}).get("addresses", []))
    # A check that saw no schedule, location or address would prove nothing about them.
    empty = [name for name, count in counts.items() if count == 0]
    if empty:
        failures += 1
        print(f"FAIL the export holds no {', '.join(empty)}: nothing to validate")
    print(f"HSDS: {counts}; {failures} failures")
    sys.exit(1 if failures else 0)


main()
