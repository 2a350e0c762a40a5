/// A fragment of HTML. Interpolated strings are escaped; only other `HTML` values and the literal text of the
/// template are inserted as they are, so user input cannot reach a page unescaped by accident.
///
///     let row: HTML = "<td>\(premises.name)</td>"     // name is escaped
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var rendered: String

    public init(stringLiteral value: String) { rendered = value }
    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }
    init(raw: String) { rendered = raw }

    public static let empty = HTML(raw: "")
    public var description: String { rendered }

    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }
        /// Text, escaped for element content and quoted attribute values alike.
        public mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { output += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ number: Int) { output += String(number) }
        public mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        public mutating func appendInterpolation(_ html: HTML?) { output += html?.rendered ?? "" }
        public mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { output += part.rendered } }
    }

    /// Escapes `& < > " '`, enough for text and for attribute values in double or single quotes.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// `selected`, `checked` and the like: the attribute when `on`, nothing otherwise.
    static func flag(_ name: String, _ on: Bool) -> HTML { on ? HTML(raw: " " + name) : .empty }
}

extension Array where Element == HTML {
    func joined(separator: HTML) -> HTML {
        HTML(raw: map(\.rendered).joined(separator: separator.rendered))
    }
}
