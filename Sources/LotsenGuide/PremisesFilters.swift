import LotsenModel
import LotsenStore

/// The filters of a premises search as typed (a query string on the API or a form on the pages), checked by one set
/// of rules for both: the words, how many people, district, kind, equipment, accessibility, highest price, tariff.
/// Vocabulary codes are checked by the store when the search runs.
public struct PremisesFilters: Sendable {
    /// The query with the filters that could be read; what could not is in `problems` and left out.
    public var query: PremisesQuery
    public var problems: [FieldProblem] = []

    /// Reads the filters through `value` (one value of a name, nil when absent) and `values` (every value of a
    /// repeatable name); `value` may throw, for callers that refuse a repeated name.
    public init(value: (String) throws -> String?, values: (String) -> [String]) rethrows {
        query = PremisesQuery()
        var problems: [FieldProblem] = []
        func text(_ name: String, max: Int) throws -> String? {
            guard let text = try value(name)?.trimmed, !text.isEmpty else { return nil }
            guard text.count <= max else {
                problems.append(FieldProblem(field: name, sv: "Högst \(max) tecken.", en: "At most \(max) characters."))
                return nil
            }
            return text
        }
        func number(_ name: String, in range: ClosedRange<Double>, whole: Bool, sv: String, en: String) throws -> Double? {
            guard let text = try text(name, max: 40) else { return nil }
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite, range.contains(number),
                  !whole || number.rounded() == number
            else {
                problems.append(FieldProblem(field: name, sv: sv, en: en))
                return nil
            }
            return number
        }
        query.text = try text("q", max: 200)
        query.minCapacity = try number(
            "min_capacity", in: 0...1_000_000, whole: true,
            sv: "Antal personer måste vara ett heltal, till exempel 50.", en: "Number of people must be a whole number, for example 50.")
            .map { Int($0) }
        query.maxPrice = try number(
            "max_price", in: 0...10_000_000, whole: false,
            sv: "Högsta pris måste vara ett belopp i kronor, till exempel 300.", en: "Maximum price must be an amount in kronor, for example 300.")
        query.district = try text("district", max: 100)
        query.kind = try text("kind", max: 100)
        query.facilities = values("facility")
        query.tariff = try text("tariff", max: 100) ?? "taxa1"
        if let accessible = try text("accessible", max: 10) {
            switch accessible.lowercased() {
            case "true", "1", "ja", "yes", "on": query.accessibleOnly = true
            case "false", "0", "nej", "no", "off": query.accessibleOnly = false
            default: problems.append(FieldProblem(field: "accessible", sv: "Ange true eller false.", en: "Give true or false."))
            }
        }
        self.problems = problems
    }
}
