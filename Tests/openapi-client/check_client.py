#!/usr/bin/env python3
"""Calls Lotsen through the client openapi-python-client generated from its own document (issue 17).

    PYTHONPATH=<dir holding lotsen_client> check_client.py BASE_URL

The document says which server to call: its `servers` URL is checked to be the one the document was fetched from.
"""
import datetime
import json
import sys
import urllib.request

from lotsen_client import Client
from lotsen_client.api.default import get_calendar, open_311_services, route, search_premises, get_unit
from lotsen_client.models import Calendar, EnquiryText, GeoReportService, PremisesPage, RouteAnswer, Unit

base = sys.argv[1]
client = Client(base_url=base, raise_on_unexpected_status=True)
failures = []


def check(what, condition):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


with urllib.request.urlopen(base + "/openapi.json") as response:
    servers = json.load(response)["servers"]
check("the document names the server it was fetched from", servers == [{"url": base}])

page = search_premises.sync(client=client, q="scen", limit=5)
check("searchPremises parses into PremisesPage with items", isinstance(page, PremisesPage) and page.total >= 1 and len(page.items) >= 1)
check("a premises has a name and a kind", all(item.name and item.kind for item in page.items))

calendar = get_calendar.sync(client=client, from_=datetime.date(2027, 1, 1), to=datetime.date(2027, 12, 31))
check("getCalendar parses into Calendar with entries", isinstance(calendar, Calendar) and len(calendar.entries) >= 5)
check("calendar entries carry dates and statuses", all(entry.status and entry.uid for entry in calendar.entries))

answer = route.sync(client=client, body=EnquiryText(text="Hur söker vi aktivitetsstöd för vår ungdomsverksamhet?"))
check("route parses into RouteAnswer", isinstance(answer, RouteAnswer))
check("the route names kultur-och-fritid first", answer.route.units[0].unit_id == "kultur-och-fritid")
check("the answer lists the matching grant", any(grant.id == "aktivitetsstod" for grant in answer.grants))

unit = get_unit.sync(client=client, id="medborgarcenter")
check("getUnit parses into Unit with opening hours", isinstance(unit, Unit) and any(channel.hours for channel in unit.channels))

services = open_311_services.sync(client=client)
check("open311Services parses into GeoReportService items", isinstance(services, list) and all(isinstance(s, GeoReportService) for s in services))

print(f"openapi-client: {'all checks passed' if not failures else str(len(failures)) + ' failed'}")
sys.exit(1 if failures else 0)
