#!/usr/bin/env python3
"""Drives Lotsen's Open311 endpoint with the `georeport` client in both formats (issue 17).

    check_clients.py BASE_URL API_KEY JURISDICTION
"""
import sys

import requests
import xmltodict
from georeport import GeoReport

base, key, jurisdiction = sys.argv[1:4]
failures = []


def check(what, condition):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


# Submitting: georeport cannot, so the form is posted as the specification says; without the key it is refused.
refused = requests.post(f"{base}/requests.json", data={"service_code": "bygg-plan", "description": "Bygglov för förråd?"})
check("a submission without the api_key is 403 with a GeoReport error list",
      refused.status_code == 403 and refused.json()[0]["code"] == 403)
ids = []
for form_format in ("json", "xml"):
    answer = requests.post(f"{base}/requests.{form_format}", data={
        "api_key": key, "jurisdiction_id": jurisdiction, "service_code": "gata-park-avfall-vatten",
        "description": "Gatlampan på Storgatan är trasig", "lat": "56.0294", "long": "14.1567",
        "address_string": "Storgatan 1, Kristianstad", "media_url": "https://example.se/lampa.jpg"})
    check(f"POST requests.{form_format} is 201", answer.status_code == 201)
    if form_format == "json":
        ids.append(answer.json()[0]["service_request_id"])
    else:
        ids.append(xmltodict.parse(answer.content)["service_requests"]["request"]["service_request_id"])

for output_format in ("json", "xml"):
    client = GeoReport(base, jurisdiction=jurisdiction, api_key=key, output_format=output_format)
    services = client.get_service_list()
    codes = {service["service_code"] for service in services}
    check(f"[{output_format}] services list the routing topics", "bygg-plan" in codes and len(services) >= 20)
    definition = client.get_service_definition("bygg-plan")
    check(f"[{output_format}] a service definition names its code", definition["service_code"] == "bygg-plan")
    one = client.get_service_request(ids[0])
    check(f"[{output_format}] a request shows its status and unit",
          one["status"] == "open" and one["agency_responsible"] == "c4-teknik")
    check(f"[{output_format}] a request shows its location and media",
          str(one["lat"]) == "56.0294" and one["address"] == "Storgatan 1, Kristianstad" and one["media_url"] == "https://example.se/lampa.jpg")
    check(f"[{output_format}] the request's words are not shown", "Gatlampan" not in str(one))
    listed = client.get_service_requests(service_request_id=",".join(ids))
    listed = listed if isinstance(listed, list) else [listed]
    check(f"[{output_format}] comma-separated ids give both requests", {r["service_request_id"] for r in listed} == set(ids))
    listed = client.get_service_requests(status="open,closed", service_code="gata-park-avfall-vatten,bygg-plan")
    listed = listed if isinstance(listed, list) else [listed]
    check(f"[{output_format}] comma-separated statuses and codes", len(listed) == 2)

for output_format in ("json", "xml"):
    discovery = requests.get(f"{base}/discovery.{output_format}")
    body = discovery.json() if output_format == "json" else xmltodict.parse(discovery.content)["discovery"]
    endpoints = body["endpoints"] if output_format == "json" else [body["endpoints"]["endpoint"]]
    check(f"[{output_format}] discovery names GeoReport v2 and both formats",
          endpoints[0]["specification"] == "http://wiki.open311.org/GeoReport_v2"
          and set(endpoints[0]["formats"] if output_format == "json" else endpoints[0]["formats"]["format"]) == {"application/json", "text/xml"})
    missing = requests.get(f"{base}/services/nope.{output_format}")
    error = missing.json()[0] if output_format == "json" else xmltodict.parse(missing.content)["errors"]["error"]
    check(f"[{output_format}] an unknown service is 404 with a GeoReport error", missing.status_code == 404 and int(error["code"]) == 404)
    other = requests.get(f"{base}/services.{output_format}", params={"jurisdiction_id": "malmo.se"})
    check(f"[{output_format}] another jurisdiction is refused", other.status_code == 404)

print(f"open311: {'all checks passed' if not failures else str(len(failures)) + ' failed'}")
sys.exit(1 if failures else 0)
