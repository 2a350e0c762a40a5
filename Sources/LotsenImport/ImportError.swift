/// Where in a source something was found: the file (or URL), and the line or record when known.
public struct SourceLocation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the file (CSV, text) when known.
    public var line: Int?
    /// 1-based record number (row of a table, element of an XML or JSON list) when there are no lines.
    public var record: Int?

    public init(file: String, line: Int? = nil, record: Int? = nil) {
        self.file = file
        self.line = line
        self.record = record
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        if let record { return "\(file) record \(record)" }
        return file
    }
}

/// An import that cannot go on: unreadable, malformed or hostile input. Nothing is written when it is thrown.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}
