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
        String(decoding: renderBytes(entries, sequences: sequences, stamp: stamp), as: UTF8.self)
    }

    /// ``render(_:sequences:stamp:)`` as UTF-8 bytes, ready to send.
    public func renderBytes(_ entries: [CalendarEntry], sequences: [String: Int] = [:], stamp: Date) -> [UInt8] {
        var out = ContentLines()
        out.reserve(entries.count * 720)
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kristianstads kommun//Lotsen//SV", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
            out.line(line)
        }
        out.text("NAME", name)
        out.text("X-WR-CALNAME", name)
        out.text("DESCRIPTION", description)
        out.text("X-WR-CALDESC", description)
        out.line("X-WR-TIMEZONE:Europe/Stockholm")
        out.line("REFRESH-INTERVAL;VALUE=DURATION:PT\(refreshHours)H")
        out.line("X-PUBLISHED-TTL:PT\(refreshHours)H")
        let dtstamp = "DTSTAMP:" + Self.utcStamp(stamp)
        for entry in entries {
            guard var start = entry.date else { continue }
            var end = entry.endDate ?? start
            if workingDays, entry.kind == .deadline, let effective = entry.effectiveDate {
                start = effective
                end = effective
            }
            out.line("BEGIN:VEVENT")
            out.line("UID:" + entry.uid)
            out.line(dtstamp)
            out.date("DTSTART;VALUE=DATE:", start)
            out.date("DTEND;VALUE=DATE:", end.adding(days: 1))
            out.line("SEQUENCE:\(sequences[entry.uid] ?? 0)")
            out.text("SUMMARY", entry.status == .projected && !entry.approximate ? entry.title + " (preliminärt)" : entry.title)
            out.start("DESCRIPTION")
            entry.describe { out.escaped($0) }
            out.finish()
            out.line(entry.status == .projected ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED")
            out.line("TRANSP:TRANSPARENT")
            out.line(entry.kind == .deadline ? "CATEGORIES:Bidrag" : "CATEGORIES:Idéburen sektor")
            if let url = entry.url, url.hasPrefix("https://") || url.hasPrefix("http://") { out.line("URL:" + url) }
            if let days = reminderDays, entry.kind == .deadline {
                out.line("BEGIN:VALARM")
                out.line("ACTION:DISPLAY")
                out.text("DESCRIPTION", "Om \(days) dagar: " + entry.title)
                out.line("TRIGGER:-P\(days)D")
                out.line("END:VALARM")
            }
            out.line("END:VEVENT")
        }
        out.line("END:VCALENDAR")
        return out.bytes
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
    static func escape(_ text: String) -> String {
        var out = ContentLines()
        out.escaped(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Content lines as bytes: escaped, folded at 75 octets (continuations start with one space, never
    /// inside a UTF-8 sequence), each ended by CRLF.
    struct ContentLines {
        var bytes: [UInt8] = []
        /// Octets on the current physical line.
        private var width = 0

        mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

        /// A line whose value needs no escaping.
        mutating func line(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
            end()
        }

        /// `NAME;VALUE=DATE:20270225`.
        mutating func date(_ name: StaticString, _ date: LocalDate) {
            name.withUTF8Buffer { append($0) }
            var digits = (date.year * 100 + date.month) * 100 + date.day
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { text in
                for index in stride(from: 7, through: 0, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(digits % 10)
                    digits /= 10
                }
                append(UnsafeBufferPointer(text))
            }
            end()
        }

        /// `NAME:` of a TEXT line whose value follows in pieces through ``escaped(_:)``; ``finish()`` ends it.
        mutating func start(_ name: String) {
            var name = name
            name.withUTF8 { append($0) }
            appendASCII(UInt8(ascii: ":"))
        }

        mutating func finish() { end() }

        /// `NAME:value` with the value escaped as TEXT.
        mutating func text(_ name: String, _ value: String) {
            var name = name
            name.withUTF8 { append($0) }
            appendASCII(UInt8(ascii: ":"))
            escaped(value)
            end()
        }

        mutating func escaped(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                var runStart = 0
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    let escape: (UInt8, UInt8)?
                    switch byte {
                    case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): escape = (UInt8(ascii: "\\"), byte)
                    case UInt8(ascii: "\n"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "n"))
                    case UInt8(ascii: "\r"): escape = nil
                    default: continue
                    }
                    append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    runStart = index + 1
                    if let (first, second) = escape {
                        appendASCII(first)
                        appendASCII(second)
                    }
                }
                append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }

        private mutating func appendASCII(_ byte: UInt8) {
            if width >= 75 {
                bytes.append(0x0D); bytes.append(0x0A); bytes.append(0x20)
                width = 1
            }
            bytes.append(byte)
            width += 1
        }

        /// Copies `run` in pieces that fit the physical line, folding before 75 octets and never inside a UTF-8 sequence.
        private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < run.count {
                let room = 75 - width
                if run.count - index <= room {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[index...]))
                    width += run.count - index
                    return
                }
                var cut = index + room
                while cut > index, run[cut] & 0xC0 == 0x80 { cut -= 1 }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[index..<cut]))
                bytes.append(0x0D); bytes.append(0x0A); bytes.append(0x20)
                width = 1
                index = cut
            }
        }

        private mutating func end() {
            bytes.append(0x0D)
            bytes.append(0x0A)
            width = 0
        }
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
