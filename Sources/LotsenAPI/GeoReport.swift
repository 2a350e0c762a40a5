import Foundation
import Hummingbird

/// A GeoReport v2 document, written either as JSON or as the XML the specification shows
/// (wiki.open311.org/GeoReport_v2): the same tree, so both formats always say the same.
indirect enum GeoReport: Sendable {
    case text(String?)
    case number(Double?)
    case integer(Int)
    case bool(Bool)
    /// Named fields, in order: a JSON object, or an XML element per field.
    case fields([(String, GeoReport)])
    /// A list: a JSON array, or XML elements named `element`.
    case list(element: String, [GeoReport])

    /// The two formats every GeoReport resource is served in: the path's ending chooses.
    enum Format: String, Sendable {
        case json, xml

        var contentType: String { self == .json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8" }

        /// "requests.xml" → ("requests", .xml); nil when the name has neither ending.
        static func split(_ name: String) -> (name: String, format: Format)? {
            for format in [Format.json, .xml] where name.hasSuffix("." + format.rawValue) {
                return (String(name.dropLast(format.rawValue.count + 1)), format)
            }
            return nil
        }
    }

    /// The document as bytes; `root` names the XML document element (JSON has none).
    func render(_ format: Format, root: String) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            writeJSON(&out)
            return out.bytes
        case .xml:
            var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            writeXML(&out, element: root)
            return Array(out.utf8)
        }
    }

    private func writeJSON(_ out: inout JSONWriter) {
        switch self {
        case .text(let text): text.map { out.string($0) } ?? out.literal("null")
        case .number(let number): out.literal(number.map { $0.isFinite ? "\($0)" : "null" } ?? "null")
        case .integer(let value): out.literal(String(value))
        case .bool(let value): out.literal(value ? "true" : "false")
        case .fields(let fields):
            out.object { out in
                for (name, value) in fields {
                    out.key(name)
                    value.writeJSON(&out)
                }
            }
        case .list(_, let items): out.array(items) { out, item in item.writeJSON(&out) }
        }
    }

    private func writeXML(_ out: inout String, element: String) {
        switch self {
        case .text(nil), .number(nil):
            out += "<\(element)/>"
        case .text(let text?): out += "<\(element)>\(Self.xmlEscaped(text))</\(element)>"
        case .number(let number?): out += "<\(element)>\(number)</\(element)>"
        case .integer(let value): out += "<\(element)>\(value)</\(element)>"
        case .bool(let value): out += "<\(element)>\(value)</\(element)>"
        case .fields(let fields):
            out += "<\(element)>"
            for (name, value) in fields { value.writeXML(&out, element: name) }
            out += "</\(element)>"
        case .list(let child, let items):
            out += "<\(element)>"
            for item in items { item.writeXML(&out, element: child) }
            out += "</\(element)>"
        }
    }

    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A response with this document; `personal` ones are never stored by caches.
    func response(_ format: Format, root: String, status: HTTPResponse.Status = .ok, personal: Bool, maxAge: Int = 300) -> Response {
        Response(
            status: status,
            headers: [.contentType: format.contentType, .cacheControl: personal ? "no-store" : "public, max-age=\(maxAge)"],
            body: .init(byteBuffer: ByteBuffer(bytes: render(format, root: root))))
    }

    /// GeoReport's error answer: `[{"code": 400, "description": "…"}]`, or `<errors><error>…</error></errors>`.
    static func errors(_ status: HTTPResponse.Status, _ description: String, format: Format) -> Response {
        let document = GeoReport.list(element: "error", [.fields([("code", .integer(status.code)), ("description", .text(description))])])
        return document.response(format, root: "errors", status: status, personal: true)
    }
}
