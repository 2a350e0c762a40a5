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
        var out = ContentLines(capacity: 1024)
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
        let reminder = reminderDays.map { ("Om \($0) dagar: ", "TRIGGER:-P\($0)D") }
        // Events are independent lines: each core writes a slice of them, and the slices are joined in order.
        let slices = entries.withSharedElements { entries in
            inParallelChunks(entries.base.count) { range in
                var events = ContentLines(capacity: range.count * 720)
                for index in range { event(entries.base[index], sequences: sequences, dtstamp: dtstamp, reminder: reminder, into: &events) }
                return events
            }
        }
        var end = ContentLines(capacity: 16)
        end.line("END:VCALENDAR")
        return ContentLines.joined([out] + slices + [end])
    }

    /// One VEVENT (with its VALARM when reminders are on).
    private func event(
        _ entry: CalendarEntry, sequences: [String: Int], dtstamp: String, reminder: (text: String, trigger: String)?,
        into out: inout ContentLines
    ) {
        guard var start = entry.date else { return }
        var end = entry.endDate ?? start
        if workingDays, entry.kind == .deadline, let effective = entry.effectiveDate {
            start = effective
            end = effective
        }
        out.line("BEGIN:VEVENT")
        out.start("UID")
        entry.writeUID { out.raw($0) }
        out.finish()
        out.line(dtstamp)
        out.date("DTSTART;VALUE=DATE:", start)
        out.date("DTEND;VALUE=DATE:", end.adding(days: 1))
        out.number("SEQUENCE:", sequences.isEmpty ? 0 : sequences[entry.uid] ?? 0)
        out.start("SUMMARY")
        entry.writeTitle { out.escaped($0) }
        if entry.status == .projected && !entry.approximate { out.escaped(" (preliminärt)") }
        out.finish()
        out.start("DESCRIPTION")
        entry.describe { out.escaped($0) }
        out.finish()
        out.line(entry.status == .projected ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED")
        out.line("TRANSP:TRANSPARENT")
        out.line(entry.kind == .deadline ? "CATEGORIES:Bidrag" : "CATEGORIES:Idéburen sektor")
        if let url = entry.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            out.start("URL")
            out.raw(url)
            out.finish()
        }
        if let reminder, entry.kind == .deadline {
            out.line("BEGIN:VALARM")
            out.line("ACTION:DISPLAY")
            out.start("DESCRIPTION")
            out.escaped(reminder.text)
            entry.writeTitle { out.escaped($0) }
            out.finish()
            out.line(reminder.trigger)
            out.line("END:VALARM")
        }
        out.line("END:VEVENT")
    }

    /// Content lines as bytes: escaped, folded at 75 octets (continuations start with one space, never
    /// inside a UTF-8 sequence), each ended by CRLF.
    struct ContentLines: Sendable {
        private let storage: Storage
        /// Octets on the current physical line.
        private var width = 0

        init(capacity: Int = 256) { storage = Storage(capacity: capacity) }

        var bytes: [UInt8] { Self.joined([self]) }

        /// The bytes of several writers, one after another, in one array.
        static func joined(_ parts: [ContentLines]) -> [UInt8] {
            let total = parts.reduce(0) { $0 + $1.storage.count }
            return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
                for part in parts {
                    (buffer.baseAddress! + initialized).update(from: part.storage.base, count: part.storage.count)
                    initialized += part.storage.count
                }
            }
        }

        /// A growable byte buffer written through a pointer: the feed is made of millions of short appends, and
        /// each one on an Array pays for a uniqueness check and a generic copy. One writer owns it at a time;
        /// a finished slice is handed to the thread that joins the slices and is not written again.
        private final class Storage: @unchecked Sendable {
            private(set) var base: UnsafeMutablePointer<UInt8>
            private(set) var count = 0
            private var capacity: Int

            init(capacity: Int) {
                self.capacity = max(capacity, 16)
                base = .allocate(capacity: self.capacity)
            }

            deinit { base.deallocate() }

            func append(_ run: UnsafeBufferPointer<UInt8>) {
                guard let source = run.baseAddress, !run.isEmpty else { return }
                reserve(run.count)
                (base + count).update(from: source, count: run.count)
                count += run.count
            }

            func append(_ byte: UInt8) {
                reserve(1)
                base[count] = byte
                count += 1
            }

            @inline(__always) private func reserve(_ more: Int) {
                if count + more > capacity { grow(more) }
            }

            private func grow(_ more: Int) {
                capacity = max(capacity * 2, count + more)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.update(from: base, count: count)
                base.deallocate()
                base = grown
            }
        }

        /// A line whose value needs no escaping.
        mutating func line(_ text: String) {
            raw(text)
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

        /// A value that needs no escaping, appended to the current line.
        mutating func raw(_ value: String) {
            // Borrowing the bytes, not copying the string: a copy would retain it, and a string shared by
            // the threads writing the feed (DTSTAMP) would make them wait on its reference count.
            if value.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
                var copy = value
                copy.withUTF8 { append($0) }
            }
        }

        /// `NAME:123`.
        mutating func number(_ name: StaticString, _ value: Int) {
            name.withUTF8Buffer { append($0) }
            var text = String(value)
            text.withUTF8 { append($0) }
            end()
        }

        /// `NAME:value` with the value escaped as TEXT.
        mutating func text(_ name: String, _ value: String) {
            var name = name
            name.withUTF8 { append($0) }
            appendASCII(UInt8(ascii: ":"))
            escaped(value)
            end()
        }

        mutating func escaped(_ value: String) {
            if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
                var copy = value
                copy.withUTF8 { escaped($0) }
            }
        }

        private mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
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

        private mutating func appendASCII(_ byte: UInt8) {
            if width >= 75 {
                storage.append(0x0D); storage.append(0x0A); storage.append(0x20)
                width = 1
            }
            storage.append(byte)
            width += 1
        }

        /// Copies `run` in pieces that fit the physical line, folding before 75 octets and never inside a UTF-8 sequence.
        private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < run.count {
                let room = 75 - width
                if run.count - index <= room {
                    storage.append(UnsafeBufferPointer(rebasing: run[index...]))
                    width += run.count - index
                    return
                }
                var cut = index + room
                while cut > index, run[cut] & 0xC0 == 0x80 { cut -= 1 }
                storage.append(UnsafeBufferPointer(rebasing: run[index..<cut]))
                storage.append(0x0D); storage.append(0x0A); storage.append(0x20)
                width = 1
                index = cut
            }
        }

        private mutating func end() {
            storage.append(0x0D)
            storage.append(0x0A)
            width = 0
        }
    }

    static func basic(_ date: LocalDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)\(two(date.month))\(two(date.day))"
    }

    static func utcStamp(_ date: Date) -> String {
        let seconds = date.wholeSecondsSince1970
        let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return basic(day) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }
}
