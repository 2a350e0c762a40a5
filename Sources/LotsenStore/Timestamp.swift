import Foundation
import LotsenModel

/// ISO 8601 timestamps as the store writes them: UTC, whole seconds, e.g. `2026-11-22T20:15:00Z`.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Seconds since 1970 for the store's own `YYYY-MM-DDTHH:MM:SSZ`, without a date parser (fast
    /// enough to run for every row of a snapshot); other forms fall back to the ISO 8601 parser.
    static func seconds(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z") else {
            return date(text)?.timeIntervalSince1970
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let date = LocalDate(year: year, month: month, day: day)
        else { return nil }
        return Double(date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second)
    }

    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
