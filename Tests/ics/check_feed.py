#!/usr/bin/env python3
"""Reads Lotsen's iCalendar feed with an independent RFC 5545 parser (the `icalendar` package) and checks
that every event round-trips: the UID, the all-day start and exclusive end, and the summary equal what
`lotsen calendar --format json` says for the same range.

Usage: check_feed.py FEED.ics ENTRIES.json
"""
import datetime
import json
import sys

import icalendar


def main(feed_path: str, entries_path: str) -> int:
    raw = open(feed_path, "rb").read()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "lines must end in CRLF"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "lines must be folded at 75 octets"
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar.get("VERSION")) == "2.0"
    assert str(calendar.get("X-WR-CALNAME")).startswith("Bidragskalender")
    assert calendar.get("REFRESH-INTERVAL") is not None

    entries = [e for e in json.load(open(entries_path))["entries"] if e.get("date")]
    events = {str(event.get("UID")): event for event in calendar.walk("VEVENT")}
    assert len(events) == len(entries), f"{len(events)} events in the feed, {len(entries)} dated entries"

    for entry in entries:
        event = events.get(entry["uid"])
        assert event is not None, f"missing UID {entry['uid']}"
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert type(start) is datetime.date, f"{entry['uid']}: DTSTART must be a DATE, got {start!r}"
        assert start.isoformat() == entry["date"], f"{entry['uid']}: {start} != {entry['date']}"
        assert end > start, f"{entry['uid']}: DTEND must be after DTSTART"
        summary = str(event.get("SUMMARY"))
        assert summary.startswith(entry["title"]), f"{entry['uid']}: {summary!r} != {entry['title']!r}"
        assert event.get("DTSTAMP") is not None and event.get("SEQUENCE") is not None
        description = str(event.get("DESCRIPTION"))
        if entry.get("phrase"):
            assert entry["phrase"] in description, f"{entry['uid']}: the phrase is not in the description"

    # Serializing the parsed calendar again gives the same events (nothing was lost in escaping or folding).
    again = icalendar.Calendar.from_ical(calendar.to_ical())
    assert {str(e.get("UID")): str(e.get("SUMMARY")) for e in again.walk("VEVENT")} == \
        {uid: str(e.get("SUMMARY")) for uid, e in events.items()}
    print(f"ICS ok: {len(events)} events parsed and round-tripped by icalendar {icalendar.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
