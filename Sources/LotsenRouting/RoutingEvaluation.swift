import Foundation

/// A labelled enquiry: the text and the unit that answers it.
public struct LabelledEnquiry: Sendable, Equatable {
    public var unit: String
    public var text: String
    /// Line in the file it came from.
    public var line: Int

    public init(unit: String, text: String, line: Int = 0) {
        self.unit = unit
        self.text = text
        self.line = line
    }

    /// Reads `unit<TAB>text` lines; further columns (source URL, municipality) are kept out of the text; `#` starts a
    /// comment line. Errors name the file and line.
    public static func load(from url: URL) throws -> [LabelledEnquiry] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [LabelledEnquiry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw RoutingKnowledgeError(file: url.path, message: "line \(index + 1): expected \"unit<TAB>enquiry\"")
            }
            result.append(LabelledEnquiry(unit: parts[0], text: parts[1], line: index + 1))
        }
        return result
    }
}

/// How well the router does on labelled enquiries: top-1 and top-3 accuracy and which units it confuses.
public struct RoutingEvaluation: Sendable {
    public var total: Int
    public var top1: Int
    public var top3: Int
    /// How many went to the fallback unit for lack of a clear match.
    public var fallbacks: Int = 0
    /// expected unit → routed unit → count.
    public var confusion: [String: [String: Int]]
    /// The enquiries routed wrong at the top, with where they went.
    public var misses: [(enquiry: LabelledEnquiry, routedTo: String)]

    public var top1Accuracy: Double { total == 0 ? 0 : Double(top1) / Double(total) }
    public var top3Accuracy: Double { total == 0 ? 0 : Double(top3) / Double(total) }

    public static func run(_ router: Router, on cases: [LabelledEnquiry]) -> RoutingEvaluation {
        var result = RoutingEvaluation(total: cases.count, top1: 0, top3: 0, confusion: [:], misses: [])
        for item in cases {
            let decision = router.route(Enquiry(text: item.text))
            if decision.fallback { result.fallbacks += 1 }
            let ranked = decision.units.map(\.unitId)
            let routed = ranked.first ?? router.knowledge.fallbackUnit
            if routed == item.unit { result.top1 += 1 } else { result.misses.append((item, routed)) }
            if ranked.prefix(3).contains(item.unit) { result.top3 += 1 }
            result.confusion[item.unit, default: [:]][routed, default: 0] += 1
        }
        return result
    }

    /// The report `lotsen route --evaluate` prints.
    public var report: String {
        var lines = [
            String(format: "top-1: %d/%d = %.1f %%", top1, total, top1Accuracy * 100),
            String(format: "top-3: %d/%d = %.1f %%", top3, total, top3Accuracy * 100),
            String(format: "to the fallback: %d/%d = %.1f %%", fallbacks, total, total == 0 ? 0 : Double(fallbacks) / Double(total) * 100),
            "",
            "confusion (rows: expected unit, columns: routed unit):",
        ]
        let units = Set(confusion.keys).union(confusion.values.flatMap(\.keys)).sorted()
        let short = units.map { String($0.prefix(6)) }
        let width = (units.map(\.count).max() ?? 10) + 2
        lines.append("".padding(toLength: width, withPad: " ", startingAt: 0) + short.map { $0.padding(toLength: 7, withPad: " ", startingAt: 0) }.joined())
        for unit in units {
            let row = units.map { routed -> String in
                let count = confusion[unit]?[routed] ?? 0
                return (count == 0 ? "." : String(count)).padding(toLength: 7, withPad: " ", startingAt: 0)
            }
            lines.append(unit.padding(toLength: width, withPad: " ", startingAt: 0) + row.joined())
        }
        if !misses.isEmpty {
            lines.append("")
            lines.append("wrong at the top:")
            for miss in misses { lines.append("  line \(miss.enquiry.line): \(miss.enquiry.unit) → \(miss.routedTo): \(miss.enquiry.text)") }
        }
        return lines.joined(separator: "\n")
    }
}
