import Foundation
import LotsenModel

/// Writes calendar entries as an RFC 5545 feed that calendar programs can subscribe to:
/// all-day events (`VALUE=DATE`, exclusive `DTEND`), stable `UID`s with `SEQUENCE`, escaped text,
/// lines folded at 75 octets, CRLF line ends, and the RFC 7986 refresh hint.
public struct ICalendarWriter: Sendable {
    public var name = "Bidragskalender – Kristianstads kommun"
    public var description = "Sista ansökningsdagar för kommunens bidrag och idéburna sektorns årshjul. Från Lotsen."
    /// Days before each entry a reminder fires; nil for none.
    public var reminderDays: Int?
    /// Place deadlines on the next working day when they fall on a weekend or holiday.
    public var workingDays = false
    /// How often subscribers should fetch the feed again.
    public var refreshHours = 12

    public init(reminderDays: Int? = nil, workingDays: Bool = false) {
        self.reminderDays = reminderDays
        self.workingDays = workingDays
    }

    /// The feed. `sequences` holds the SEQUENCE of entries whose date has changed; `stamp` is DTSTAMP.
    public func render(_ entries: [CalendarEntry], sequences: [String: Int] = [:], stamp: Date) -> String {
        var lines: [String] = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kristianstads kommun//Lotsen//SV", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "NAME:" + Self.escape(name), "X-WR-CALNAME:" + Self.escape(name),
            "DESCRIPTION:" + Self.escape(description), "X-WR-CALDESC:" + Self.escape(description),
            "X-WR-TIMEZONE:Europe/Stockholm", "REFRESH-INTERVAL;VALUE=DURATION:PT\(refreshHours)H",
            "X-PUBLISHED-TTL:PT\(refreshHours)H",
        ]
        let dtstamp = Self.utcStamp(stamp)
        for entry in entries {
            guard var start = entry.date else { continue }
            var end = entry.endDate ?? start
            if workingDays, entry.kind == .deadline, let effective = entry.effectiveDate {
                start = effective
                end = effective
            }
            lines += [
                "BEGIN:VEVENT", "UID:" + entry.uid, "DTSTAMP:" + dtstamp, "DTSTART;VALUE=DATE:" + Self.basic(start),
                "DTEND;VALUE=DATE:" + Self.basic(end.adding(days: 1)), "SEQUENCE:\(sequences[entry.uid] ?? 0)",
                "SUMMARY:" + Self.escape(entry.status == .projected && !entry.approximate ? entry.title + " (preliminärt)" : entry.title),
                "DESCRIPTION:" + Self.escape(entry.description),
                "STATUS:" + (entry.status == .projected ? "TENTATIVE" : "CONFIRMED"), "TRANSP:TRANSPARENT",
                "CATEGORIES:" + (entry.kind == .deadline ? "Bidrag" : "Idéburen sektor"),
            ]
            if let url = entry.url, url.hasPrefix("https://") || url.hasPrefix("http://") { lines.append("URL:" + url) }
            if let days = reminderDays, entry.kind == .deadline {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escape("Om \(days) dagar: \(entry.title)"),
                    "TRIGGER:-P\(days)D", "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        var output = ""
        output.reserveCapacity(lines.count * 60)
        for line in lines {
            Self.fold(line, into: &output)
        }
        return output
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": escaped += "\\n"
            case "\r": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Appends `line` folded at 75 octets (continuations start with one space), never inside a UTF-8 sequence, then CRLF.
    static func fold(_ line: String, into output: inout String) {
        var count = 0
        for scalar in line.unicodeScalars {
            let length = UTF8.width(scalar)
            if count + length > 75 {
                output += "\r\n "
                count = 1
            }
            output.unicodeScalars.append(scalar)
            count += length
        }
        output += "\r\n"
    }

    static func basic(_ date: LocalDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)\(two(date.month))\(two(date.day))"
    }

    static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return basic(day) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }
}
