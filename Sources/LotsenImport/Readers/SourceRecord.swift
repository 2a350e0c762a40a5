import Foundation
import LotsenStore

/// One record as a source gives it: labelled values, before mapping and normalization.
public struct SourceRecord: Sendable {
    public struct Value: Sendable, Equatable {
        /// The column name, definition term, section title or element name.
        public var label: String
        public var value: String
        /// Set when the reader already knows the field (a grant page's deadline sentence).
        public var field: Field?

        public init(label: String, value: String, field: Field? = nil) {
            self.label = label
            self.value = value
            self.field = field
        }
    }

    public var location: SourceLocation
    public var values: [Value]
    /// Text around the record that qualifies its values: a table's caption ("Halvdag, max 4 timmar").
    public var context: String
    /// Set when the reader already knows the record cannot be read (a CSV row with too many fields).
    public var problem: String?

    public init(location: SourceLocation, values: [Value], context: String = "", problem: String? = nil) {
        self.location = location
        self.values = values
        self.context = context
        self.problem = problem
    }
}

/// Turns outlines (HTML and text pages), XML and JSON documents into source records.
enum RecordExtractor {
    // MARK: Pages

    /// Premises on a page: every table row (header row → labels) and every item of a
    /// heading-per-item page ("h3 per lokal followed by paragraphs and lists").
    /// `plainText`: the page came as text, where headings are guessed; its rooms with head counts are then read
    /// from the sections (``PageSections``) when any are found.
    static func premises(from outline: Outline, file: String, plainText: Bool = false) -> [SourceRecord] {
        var records: [SourceRecord] = []
        var lastHeading = ""
        for block in outline.blocks {
            if case .heading(_, let text) = block { lastHeading = text }
            guard case .table(let table) = block else { continue }
            // "M | T | O | T | F | L | S" over the days of a month: in page text, a table whose header names no field of
            // premises is a calendar or a layout, not a list of premises.
            if plainText, let header = table.rows.first, !header.contains(where: { FieldNames.field(for: $0.text, kind: .premises) != nil }) {
                continue
            }
            records += rows(of: table, file: file, context: table.caption ?? lastHeading, startRecord: records.count)
        }
        if plainText, records.isEmpty {
            let sections = PageSections.premises(outline, file: file, startRecord: 0)
            if !sections.isEmpty { return sections }
        }
        records += headingItems(outline, file: file, startRecord: records.count)
        // A page with no tables and no marked headings: its sections that say how many people they hold.
        if records.isEmpty { records = PageSections.premises(outline, file: file, startRecord: 0) }
        return records
    }

    static func rows(of table: Outline.Table, file: String, context: String, startRecord: Int) -> [SourceRecord] {
        guard let header = table.rows.first, table.rows.count > 1 else { return [] }
        let labels = header.map(\.text)
        var records: [SourceRecord] = []
        for row in table.rows.dropFirst() {
            guard row.contains(where: { !$0.text.isEmpty }) else { continue }
            let values = zip(labels, row).map { SourceRecord.Value(label: $0, value: $1.text) }
            records.append(SourceRecord(
                location: SourceLocation(file: file, record: startRecord + records.count + 1),
                values: values, context: [context, labels.first ?? ""].joined(separator: " ")))
        }
        return records
    }

    /// The heading level that names items: the level (2–4) with the most headings that are not section titles.
    static func headingItems(_ outline: Outline, file: String, startRecord: Int) -> [SourceRecord] {
        var counts: [Int: Int] = [:]
        for case .heading(let level, let text) in outline.blocks where level >= 2 && !SectionTitles.isKnown(text) && !text.hasSuffix("?") {
            counts[level, default: 0] += 1
        }
        guard let itemLevel = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) })?.key else {
            return []
        }
        var records: [SourceRecord] = []
        var current: SourceRecord?
        var section: String?
        func finish() {
            // An item with nothing but a name is a section of the page, not a record.
            if let record = current, record.values.count > 1 { records.append(record) }
            current = nil
        }
        for block in outline.blocks {
            switch block {
            case .heading(let level, let text):
                // A question ("Får man använda omklädningsrummen?") is a heading of an FAQ, not a premises.
                if level == itemLevel && !SectionTitles.isKnown(text) && !text.hasSuffix("?") {
                    finish()
                    current = SourceRecord(
                        location: SourceLocation(file: file, record: startRecord + records.count + 1),
                        values: [.init(label: "Namn", value: text, field: .name)])
                    section = nil
                } else if level > itemLevel, current != nil {
                    section = text
                } else if level < itemLevel {
                    finish()
                }
            case .paragraph(let text), .item(let text):
                guard current != nil else { continue }
                if let (label, value) = labelled(text) {
                    current?.values.append(.init(label: label, value: value))
                } else if let section {
                    current?.values.append(.init(label: section, value: text))
                } else if case .item = block {
                    // A bare list under a room's heading lists its equipment.
                    current?.values.append(.init(label: "Utrustning", value: text, field: .facilities))
                } else {
                    current?.values.append(.init(label: "Beskrivning", value: text, field: .description))
                }
            case .table:
                continue
            }
        }
        finish()
        return records
    }

    /// "Antal personer: ca 150" → ("Antal personer", "ca 150") when the label is short.
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmingSpaces
        let value = text[text.index(after: colon)...].trimmingSpaces
        guard !label.isEmpty, label.count <= 40, !value.isEmpty, !label.contains("http") else { return nil }
        return (label, value)
    }

    /// A grant page: its title, the introduction, "Label: value" lines and sections by heading.
    static func grantPage(from outline: Outline, file: String) -> SourceRecord {
        var values: [SourceRecord.Value] = []
        if let title = outline.title { values.append(.init(label: "Namn", value: title, field: .name)) }
        var section: (label: String, field: Field?)?
        var introduction: [String] = []
        var seenTitle = false
        for block in outline.blocks {
            switch block {
            case .heading(_, let text):
                if !seenTitle, text == outline.title {
                    seenTitle = true
                    continue
                }
                section = (text, FieldNames.field(for: text, kind: .grants))
            case .paragraph(let text), .item(let text):
                if let sentence = deadlineSentence(text) {
                    values.append(.init(label: "Sista ansökningsdag", value: sentence, field: .deadline))
                    continue
                }
                if let (label, value) = labelled(text), let field = FieldNames.field(for: label, kind: .grants), field != .conditions {
                    values.append(.init(label: label, value: value, field: field))
                    continue
                }
                if let current = section {
                    values.append(.init(label: current.label, value: text, field: current.field ?? .description))
                } else {
                    introduction.append(text)
                }
            case .table:
                continue
            }
        }
        if let first = introduction.first { values.append(.init(label: "Ingress", value: first, field: .summary)) }
        for paragraph in introduction.dropFirst() { values.append(.init(label: "Beskrivning", value: paragraph, field: .description)) }
        if !values.contains(where: { $0.field == .deadline }) {
            // No sentence opens like a deadline: the whole page is read in context (dates where it speaks of applying,
            // years from its headings).
            values.append(.init(label: "Sidans text", value: outline.plainText, field: .deadlinePage))
        }
        return SourceRecord(location: SourceLocation(file: file, record: 1), values: values)
    }

    /// The sentence of a paragraph that states a deadline, verbatim ("Sista ansökningsdag: 15 februari",
    /// "Söks senast 31 oktober året före det år ansökan gäller.", "Söks löpande under året.").
    static func deadlineSentence(_ text: String) -> String? {
        let openings = ["sista ansokningsdag", "soks senast", "soks lopande", "soks alltid innan", "soks innan", "ansok senast", "ansokan ska vara inne",
                        "nasta ansokningsperiod", "ansokningsperioden", "sok senast", "ansokningar tas emot"]
        let sentences = text.split(separator: ".", omittingEmptySubsequences: true)
        var offset = text.startIndex
        for sentence in sentences {
            let normalized = FieldNames.normalize(String(sentence))
            let start = text.range(of: sentence, range: offset..<text.endIndex)?.lowerBound ?? offset
            var end = text.index(start, offsetBy: sentence.count)
            if end < text.endIndex, text[end] == "." { end = text.index(after: end) }
            offset = end
            if openings.contains(where: { normalized.hasPrefix($0) }) {
                // Dates like "2024-02-29" have no dots; "1 jan. 2024" would be cut, so keep the rest when short.
                return String(text[start..<end]).trimmingSpaces
            }
        }
        return nil
    }

    // MARK: XML

    /// Records of an XML export: the element the root repeats (or `recordElement`), each child element's
    /// text and each attribute a labelled value.
    static func xml(_ root: MarkupNode, file: String, recordElement: String?) -> [SourceRecord] {
        var elements: [MarkupNode] = []
        if let recordElement {
            func collect(_ node: MarkupNode) {
                for child in node.elements {
                    if child.name == recordElement { elements.append(child) } else { collect(child) }
                }
            }
            collect(root)
        } else {
            var container = root
            while container.elements.count == 1, !container.elements[0].elements.isEmpty,
                  container.elements[0].elements.contains(where: { !$0.elements.isEmpty }) {
                container = container.elements[0]
            }
            var counts: [String: Int] = [:]
            for child in container.elements { counts[child.name, default: 0] += 1 }
            if let name = counts.max(by: { $0.value < $1.value })?.key {
                elements = container.elements.filter { $0.name == name }
            }
        }
        return elements.enumerated().map { index, element in
            var values = element.attributes.sorted { $0.key < $1.key }.map { SourceRecord.Value(label: $0.key, value: $0.value) }
            func flatten(_ node: MarkupNode) {
                for child in node.elements {
                    if child.elements.isEmpty {
                        values.append(.init(label: child.name, value: child.textContent))
                    } else {
                        flatten(child)
                    }
                }
            }
            flatten(element)
            return SourceRecord(location: SourceLocation(file: file, record: index + 1), values: values)
        }
    }

    // MARK: JSON

    /// Records of a JSON document: an array of objects, or an object holding one.
    static func json(_ bytes: [UInt8], file: String) throws -> [SourceRecord] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ImportError("malformed JSON (\(error.localizedDescription))", at: SourceLocation(file: file))
        }
        let list: [Any]
        if let array = object as? [Any] {
            list = array
        } else if let dictionary = object as? [String: Any],
                  let array = dictionary.keys.sorted().lazy.compactMap({ dictionary[$0] as? [Any] }).first(where: { $0.contains { $0 is [String: Any] } }) {
            list = array
        } else {
            throw ImportError("expected an array of objects, or an object holding one", at: SourceLocation(file: file))
        }
        return try list.enumerated().map { index, element in
            guard let dictionary = element as? [String: Any] else {
                throw ImportError("element \(index + 1) is not an object", at: SourceLocation(file: file, record: index + 1))
            }
            var values: [SourceRecord.Value] = []
            func add(_ label: String, _ value: Any) {
                switch value {
                case let text as String: values.append(.init(label: label, value: text))
                case let number as NSNumber:
                    // JSON true/false arrive as NSNumber with the C type "c".
                    if String(cString: number.objCType) == "c" {
                        values.append(.init(label: label, value: number.boolValue ? "Ja" : "Nej"))
                    } else {
                        values.append(.init(label: label, value: number.stringValue))
                    }
                case let nested as [String: Any]:
                    for key in nested.keys.sorted() { add(key, nested[key]!) }
                case let array as [Any]:
                    let parts = array.map { item -> String in
                        if let nested = item as? [String: Any] {
                            return nested.keys.sorted().map { "\($0) \(nested[$0]!)" }.joined(separator: " ")
                        }
                        return "\(item)"
                    }
                    values.append(.init(label: label, value: parts.joined(separator: "; ")))
                default:
                    break  // null
                }
            }
            for key in dictionary.keys.sorted() { add(key, dictionary[key]!) }
            return SourceRecord(location: SourceLocation(file: file, record: index + 1), values: values)
        }
    }
}
