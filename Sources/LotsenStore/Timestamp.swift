import Foundation

/// ISO 8601 timestamps as the store writes them: UTC, whole seconds, e.g. `2026-11-22T20:15:00Z`.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
