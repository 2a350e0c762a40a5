import CLibXML2
import Foundation
import LotsenModel

/// An element or text of an HTML or XML document, copied out of libxml2 so no C memory outlives parsing.
public struct MarkupNode: Sendable, Equatable {
    /// Lower-cased element name for HTML, as written for XML; `#text` for text.
    public var name: String
    public var attributes: [String: String] = [:]
    public var children: [MarkupNode] = []
    /// The characters of a text node.
    public var text: String = ""

    public var isText: Bool { name == "#text" }

    /// All text below this node, whitespace collapsed.
    public var textContent: String {
        var parts = ""
        collectText(into: &parts)
        return Markup.collapseWhitespace(parts)
    }

    func collectText(into parts: inout String) {
        if isText {
            parts += text
        } else {
            if name == "br" { parts += "\n" }
            for child in children { child.collectText(into: &parts) }
            if Markup.blockElements.contains(name) { parts += "\n" }
        }
    }

    /// Child elements (not text), in order.
    public var elements: [MarkupNode] { children.filter { !$0.isText } }
}

/// Parses HTML and XML with libxml2 under safe options: no network, no external entities or DTDs,
/// no errors printed, input size capped.
public enum Markup {
    /// Inputs above this size are refused before parsing.
    public static let maximumBytes = 32 << 20
    /// Elements nested deeper than this are cut off (hostile documents nest thousands deep).
    static let maximumDepth = 256

    static let blockElements: Set<String> = [
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "table", "section", "article", "ul", "ol", "dl", "main", "header", "blockquote",
    ]
    /// Page furniture, not content: scripts, navigation, footers.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "head", "nav", "footer", "aside"]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML the way browsers do: broken markup is repaired, never rejected.
    public static func parseHTML(_ bytes: [UInt8], file: String) throws -> MarkupNode {
        _ = initialized
        try checkSize(bytes, file: file)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        // Without a declared charset libxml2 would guess Latin-1; name UTF-8 unless the bytes are not UTF-8.
        let encoding = TextDecoding.decodeDocument(bytes).encoding == .utf8 ? "UTF-8" : "windows-1252"
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { throw ImportError("the HTML could not be read at all", at: SourceLocation(file: file)) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return MarkupNode(name: "html") }
        return convert(root, html: true, depth: 0) ?? MarkupNode(name: "html")
    }

    /// Parses XML strictly. Documents that declare entities or a DTD are refused before libxml2 sees them:
    /// they are how XXE (`<!ENTITY x SYSTEM "file:///etc/passwd">`) and billion-laughs attacks arrive,
    /// and no export Lotsen reads needs them.
    public static func parseXML(_ bytes: [UInt8], file: String) throws -> MarkupNode {
        _ = initialized
        try checkSize(bytes, file: file)
        if let line = doctypeLine(bytes) {
            throw ImportError(
                "XML with a document type declaration (<!DOCTYPE …>/<!ENTITY …>) is refused: entities can read local files or expand without bound",
                at: SourceLocation(file: file, line: line))
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else {
            let message: String
            if let error = xmlGetLastError(), let text = error.pointee.message {
                message = String(cString: text).trimmed
                let line = Int(error.pointee.line)
                throw ImportError("malformed XML: \(message)", at: SourceLocation(file: file, line: line > 0 ? line : nil))
            }
            throw ImportError("malformed XML", at: SourceLocation(file: file))
        }
        defer { xmlFreeDoc(document) }
        // The same refusal after libxml2 has decoded the document, whatever its declared encoding.
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            throw ImportError(
                "XML with a document type declaration (<!DOCTYPE …>/<!ENTITY …>) is refused: entities can read local files or expand without bound",
                at: SourceLocation(file: file))
        }
        guard let root = xmlDocGetRootElement(document), let node = convert(root, html: false, depth: 0) else {
            throw ImportError("the XML document has no root element", at: SourceLocation(file: file))
        }
        return node
    }

    private static func checkSize(_ bytes: [UInt8], file: String) throws {
        guard !bytes.isEmpty else { throw ImportError("the file is empty", at: SourceLocation(file: file)) }
        guard bytes.count <= maximumBytes else {
            throw ImportError("the file is \(bytes.count) bytes; at most \(maximumBytes) are read", at: SourceLocation(file: file))
        }
    }

    /// The line of a `<!DOCTYPE` or `<!ENTITY` declaration, if the document has one, in any encoding XML allows
    /// without a declaration: UTF-8, or UTF-16 or UTF-32 of either byte order, with or without a byte-order mark.
    /// The text is decoded first, so `<\0!\0D\0…` in UTF-16 is found as well. (Documents in other encodings, named in
    /// the XML declaration, are caught after parsing: libxml2 then reports the DTD it decoded, see ``parseXML(_:file:)``.)
    static func doctypeLine(_ bytes: [UInt8]) -> Int? {
        guard let wide = wideEncoding(bytes) else { return doctypeLine(utf8: bytes) }
        let text = String(data: Data(bytes), encoding: wide) ?? String(decoding: bytes, as: UTF8.self)
        return doctypeLine(utf8: Array(text.utf8))
    }

    /// UTF-16 or UTF-32, told by the byte-order mark or by how `<` (the first character of any XML document) is written.
    static func wideEncoding(_ bytes: [UInt8]) -> String.Encoding? {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return .utf32BigEndian
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return .utf32LittleEndian
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, _, _): return .utf16BigEndian
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, _, _): return .utf16LittleEndian
        default: return nil
        }
    }

    private static func doctypeLine(utf8 bytes: [UInt8]) -> Int? {
        let patterns: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") {
                for pattern in patterns where index + pattern.count <= bytes.count {
                    if zip(pattern, bytes[index...]).allSatisfy({ $0 == $1 || $0 == $1 & 0xDF }) { return line }
                }
            }
            index += 1
        }
        return nil
    }

    private static func convert(_ pointer: xmlNodePtr, html: Bool, depth: Int) -> MarkupNode? {
        let node = pointer.pointee
        switch node.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.content else { return nil }
            return MarkupNode(name: "#text", text: String(cString: content))
        case XML_ELEMENT_NODE:
            guard depth < maximumDepth else { return nil }
            var name = node.name.map { String(cString: $0) } ?? ""
            if html { name = name.lowercased() }
            if html, skippedElements.contains(name) { return nil }
            var element = MarkupNode(name: name)
            var attribute = node.properties
            while let current = attribute {
                if let attributeName = current.pointee.name {
                    // An attribute's value is its text children; reading them needs no allocation to free.
                    var value = ""
                    var text = current.pointee.children
                    while let part = text {
                        if let content = part.pointee.content { value += String(cString: content) }
                        text = part.pointee.next
                    }
                    element.attributes[String(cString: attributeName)] = value
                }
                attribute = current.pointee.next
            }
            var child = node.children
            while let current = child {
                if let converted = convert(current, html: html, depth: depth + 1) { element.children.append(converted) }
                child = current.pointee.next
            }
            return element
        default:
            return nil
        }
    }

    /// Runs of spaces, tabs and non-breaking spaces become one space; lines are trimmed; blank lines dropped.
    public static func collapseWhitespace(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" }).joined(separator: " ")
            }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
