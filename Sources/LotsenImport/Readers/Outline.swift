/// A page reduced to what importers read: headings, paragraphs, list items and tables, in document order.
///
/// HTML pages (through ``Markup``) and plain-text or Markdown pages both become an outline, so one
/// set of extractors reads a grant page whether it was published as HTML or copied as text.
public struct Outline: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case item(String)
        case table(Table)
    }

    public struct Table: Sendable, Equatable {
        public var caption: String?
        /// Each row's cells and whether the cell is a header cell (`th`).
        public var rows: [[Cell]]

        public struct Cell: Sendable, Equatable {
            public var text: String
            public var isHeader: Bool
        }
    }

    public var blocks: [Block]

    /// The page as text again: one block a paragraph, list items with "- ", tables' cells on a line.
    public var plainText: String {
        blocks.map { block in
            switch block {
            case .heading(_, let text), .paragraph(let text): text
            case .item(let text): "- " + text
            case .table(let table): table.rows.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    /// The first level-1 heading, else the first heading.
    public var title: String? {
        var first: String?
        for case .heading(let level, let text) in blocks {
            if level == 1 { return text }
            if first == nil { first = text }
        }
        return first
    }
}

extension Outline {
    /// The outline of an HTML document's body.
    public init(html root: MarkupNode) {
        var builder = OutlineBuilder()
        builder.walk(root)
        builder.flush()
        blocks = builder.blocks
    }

    /// The outline of a plain-text or Markdown page: `#` headings (or short stand-alone lines ending in
    /// "?" or ":" and known section titles), `-`, `*` and `•` list items, paragraphs separated by blank lines.
    /// `lineBreaks`: a paragraph keeps its line breaks (a table copied as text stays a line per row).
    public init(text: String, lineBreaks: Bool = false) {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: lineBreaks ? "\n" : " "))) }
            paragraph = []
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Markup.collapseWhitespace(String($0))
        }
        var table: [[Table.Cell]] = []
        func flushTable() {
            if table.count >= 2 { blocks.append(.table(Table(caption: nil, rows: table))) }
            table = []
        }
        for (index, line) in lines.enumerated() {
            // "Lokal | Storlek | Sittplatser |" over "---|---|": a Markdown table, a row a line.
            if let cells = Self.pipeCells(line) {
                if table.isEmpty { flush() }
                if !cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) {
                    table.append(cells.map { Table.Cell(text: $0, isHeader: table.isEmpty) })
                }
                continue
            }
            flushTable()
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let level = line.prefix(while: { $0 == "#" }).count
                blocks.append(.heading(level: min(level, 6), text: line.drop(while: { $0 == "#" }).trimmingSpaces))
            } else if let marker = ["- ", "* ", "• ", "– "].first(where: { line.hasPrefix($0) }) {
                flush()
                blocks.append(.item(String(line.dropFirst(marker.count)).trimmingSpaces))
            } else {
                let previousBlank = index == 0 || lines[index - 1].isEmpty
                let nextBlank = index + 1 == lines.count || lines[index + 1].isEmpty
                let looksLikeHeading = line.count <= 60 && previousBlank && !line.hasSuffix(".")
                    && (nextBlank || line.hasSuffix("?")) && !line.contains(": ")
                if looksLikeHeading && (blocks.isEmpty || line.hasSuffix("?") || SectionTitles.isKnown(line)) {
                    flush()
                    blocks.append(.heading(level: blocks.isEmpty ? 1 : 2, text: line))
                } else {
                    paragraph.append(line)
                    if nextBlank || line.hasSuffix(":") == false && lines[index + 1].hasPrefix("- ") { flush() }
                }
            }
        }
        flushTable()
        flush()
        self.blocks = blocks
    }

    /// The cells of a Markdown table row ("Kyrksal | 200m2 | 145 personer |"): at least two `|`-separated cells.
    static func pipeCells(_ line: String) -> [String]? {
        guard line.filter({ $0 == "|" }).count >= 2 || (line.contains("|") && line.hasSuffix("|")) else { return nil }
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells.count >= 2 ? cells : nil
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

/// Section titles municipal grant and premises pages use; a plain-text line equal to one is a heading.
enum SectionTitles {
    static let known: Set<String> = [
        "vem kan soka", "vad kan bidraget anvandas till", "vad kan man soka for", "villkor", "krav", "ansokan",
        "sa ansoker du", "sa soker du", "nar kan man soka", "sista ansokningsdag", "redovisning", "kontakt",
        "beskrivning", "om bidraget", "belopp", "bedomningsgrunder", "utrustning", "tillganglighet", "bokning", "priser",
    ]

    static func isKnown(_ line: String) -> Bool {
        known.contains(FieldNames.normalize(line))
    }
}

/// Walks HTML elements into blocks; inline text is gathered into the paragraph being built.
struct OutlineBuilder {
    var blocks: [Outline.Block] = []
    private var pending = ""

    mutating func flush() {
        let text = Markup.collapseWhitespace(pending).replacingNewlines
        if !text.isEmpty { blocks.append(.paragraph(text)) }
        pending = ""
    }

    mutating func walk(_ node: MarkupNode) {
        if node.isText {
            pending += node.text
            return
        }
        switch node.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            // Broken markup ("<h1>A<h2>B") nests blocks in a heading: the heading is its inline text only.
            var own = MarkupNode(name: node.name)
            own.children = node.children.filter { !Markup.blockElements.contains($0.name) }
            let text = own.textContent.replacingNewlines
            if !text.isEmpty { blocks.append(.heading(level: Int(String(node.name.last!))!, text: text)) }
            for child in node.children where Markup.blockElements.contains(child.name) { walk(child) }
        case "p", "blockquote", "address", "figcaption":
            flush()
            var text = ""
            node.collectText(into: &text)
            let collapsed = Markup.collapseWhitespace(text)
            // A <br> inside a paragraph separates lines; keep them as one paragraph each.
            for line in collapsed.split(separator: "\n") { blocks.append(.paragraph(String(line))) }
        case "li":
            flush()
            var own = MarkupNode(name: "li")
            own.children = node.children.filter { $0.name != "ul" && $0.name != "ol" }
            let text = own.textContent.replacingNewlines
            if !text.isEmpty { blocks.append(.item(text)) }
            for nested in node.children where nested.name == "ul" || nested.name == "ol" { walk(nested) }
        case "dl":
            flush()
            var term: String?
            for child in node.elements {
                if child.name == "dt" {
                    term = child.textContent.replacingNewlines
                } else if child.name == "dd" {
                    let value = child.textContent.replacingNewlines
                    blocks.append(.paragraph(term.map { "\($0): \(value)" } ?? value))
                }
            }
        case "table":
            flush()
            blocks.append(.table(Self.table(node)))
        case "br":
            pending += "\n"
        default:
            let isBlock = Markup.blockElements.contains(node.name)
            if isBlock { flush() }
            for child in node.children { walk(child) }
            if isBlock { flush() }
        }
    }

    static func table(_ node: MarkupNode) -> Outline.Table {
        var table = Outline.Table(caption: nil, rows: [])
        func rows(_ node: MarkupNode) {
            for child in node.elements {
                switch child.name {
                case "caption":
                    table.caption = child.textContent.replacingNewlines
                case "thead", "tbody", "tfoot":
                    rows(child)
                case "tr":
                    let cells = child.elements.filter { $0.name == "td" || $0.name == "th" }.map {
                        Outline.Table.Cell(text: $0.textContent.replacingNewlines, isHeader: $0.name == "th")
                    }
                    if !cells.isEmpty { table.rows.append(cells) }
                default:
                    break
                }
            }
        }
        rows(node)
        return table
    }
}

extension String {
    /// Line breaks as "; " — for cells and headings where one line is wanted.
    var replacingNewlines: String {
        split(separator: "\n").joined(separator: "; ")
    }
}
