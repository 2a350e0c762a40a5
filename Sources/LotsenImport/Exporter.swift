import Foundation
import LotsenModel
import LotsenStore

/// Writes the normalized store as CSV (Swedish column names the importer reads back) or JSON.
public struct Exporter: Sendable {
    /// `csv` reads back with `lotsen import`; `opendata` is the open-data table (the API's `/v1/premises.csv`):
    /// commas, English-free snake_case columns, numbers in columns of their own.
    public enum Format: String, Sendable, CaseIterable { case csv, json, opendata }

    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func export(_ kind: RecordKind, format: Format) throws -> [UInt8] {
        switch (kind, format) {
        case (.premises, .csv): return try premisesCSV()
        case (.grants, .csv): return try grantsCSV()
        case (_, .json): return try json(kind)
        case (.premises, .opendata): return Array(OpenData.csvText(OpenData.premisesTable(try store.allPremises())).utf8)
        case (.grants, .opendata): return Array(OpenData.csvText(OpenData.grantsTable(try store.allGrants())).utf8)
        }
    }

    // MARK: JSON

    private struct Document<Item: Encodable>: Encodable {
        let format = "lotsen-export"
        let version = 1
        let kind: String
        let exportedAt: Date
        let records: [Item]

        enum CodingKeys: String, CodingKey { case format, version, kind, exportedAt = "exported_at", records }
    }

    private struct Entry<Item: Codable & Sendable & Equatable>: Encodable {
        let stored: Stored<Item>
        enum CodingKeys: String, CodingKey { case provenance }
        func encode(to encoder: any Encoder) throws {
            try stored.item.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stored.provenance, forKey: .provenance)
        }
    }

    private func json(_ kind: RecordKind) throws -> [UInt8] {
        let encoder = JSONEncoder.lotsen
        encoder.outputFormatting.insert(.prettyPrinted)
        switch kind {
        case .premises:
            return Array(try encoder.encode(Document(kind: "premises", exportedAt: Date(), records: try store.allPremises().map(Entry.init))))
        case .grants:
            return Array(try encoder.encode(Document(kind: "grants", exportedAt: Date(), records: try store.allGrants().map(Entry.init))))
        }
    }

    // MARK: CSV

    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ";") + "\r\n"
    }

    static let unitWords: [Price.Unit: String] = [.hour: "tim", .halfDay: "halvdag", .day: "heldag", .occasion: "tillfälle", .season: "säsong"]

    private func premisesCSV() throws -> [UInt8] {
        let vocabulary = try store.vocabulary()
        func label(_ code: String, _ scheme: Vocabulary.Scheme) -> String {
            vocabulary.terms(scheme).first { $0.code == code }?.sv ?? code
        }
        let records = try store.allPremises()
        var priceColumns: [(tariff: String, unit: Price.Unit)] = []
        for record in records {
            for price in record.item.prices where !priceColumns.contains(where: { $0.tariff == price.tariff && $0.unit == price.unit }) {
                priceColumns.append((price.tariff, price.unit))
            }
        }
        priceColumns.sort { ($0.tariff, Price.Unit.allCases.firstIndex(of: $0.unit)!) < ($1.tariff, Price.Unit.allCases.firstIndex(of: $1.unit)!) }
        let fixed: [String] = [
            "Id", "Namn", "Typ", "Byggnad", "Ansvarig förvaltning", "Adress", "Postnummer", "Ort", "Latitud", "Longitud",
            "Antal personer", "Yta m²", "Utrustning", "Entré utan trappsteg", "RWC", "Hyrs ut till", "Telefon",
            "E-post", "Webb", "Bokningsregler", "Beskrivning", "Stängd", "Källa",
        ]
        let priceHeaders: [String] = priceColumns.map { column in
            let number = String(column.tariff.dropFirst(4))
            return "Taxa \(number) kr/\(Self.unitWords[column.unit]!)"
        }
        let header = fixed + priceHeaders
        var output = TextDecoding.byteOrderMark + Array(Self.csvLine(header).utf8)
        func yesNo(_ value: Bool?) -> String { value.map { $0 ? "Ja" : "Nej" } ?? "" }
        for stored in records {
            let premises = stored.item
            var rentable: [String] = []
            if premises.rentableBy.associations { rentable.append("föreningar") }
            if premises.rentableBy.privatePersons { rentable.append("privatpersoner") }
            if premises.rentableBy.youth { rentable.append("ungdomar") }
            let position = premises.location.map { (String($0.latitude), String($0.longitude)) } ?? ("", "")
            let capacity = premises.capacity.map { (premises.capacityEstimated ? "ca " : "") + String($0) } ?? ""
            let closed = premises.withdrawnAt.map { String($0.formatted(.iso8601).prefix(10)) } ?? ""
            var row: [String] = [premises.id, premises.name, label(premises.kind, .premisesKind), premises.venue ?? ""]
            row += [premises.ownerUnitId ?? "", premises.address.street ?? "", premises.address.postalCode ?? ""]
            row += [premises.address.district ?? "", position.0, position.1, capacity]
            row += [premises.areaSquareMetres.map { String($0) } ?? "", premises.facilities.map { label($0, .facility) }.joined(separator: ", ")]
            row += [yesNo(premises.accessibility.stepFree), yesNo(premises.accessibility.accessibleToilet), rentable.joined(separator: ", ")]
            row += [premises.booking.phone ?? "", premises.booking.email ?? "", premises.booking.url ?? "", premises.booking.note ?? ""]
            row += [premises.description, closed, stored.provenance.originUrl ?? ""]
            for column in priceColumns {
                let prices = premises.prices.filter { $0.tariff == column.tariff && $0.unit == column.unit }
                row.append(prices.map { price in
                    Self.amount(price.amount) + " kr" + (price.note.map { " (\($0))" } ?? "")
                }.joined(separator: "; "))
            }
            output += Array(Self.csvLine(row).utf8)
        }
        return output
    }

    static func amount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    private func grantsCSV() throws -> [UInt8] {
        let vocabulary = try store.vocabulary()
        func labels(_ codes: [String], _ scheme: Vocabulary.Scheme) -> String {
            codes.map { code in vocabulary.terms(scheme).first { $0.code == code }?.sv ?? code }.joined(separator: ", ")
        }
        let methodWords = ["eservice": "e-tjänst", "form": "blankett", "system": "Rbok", "email": "e-post"]
        let header = ["Id", "Namn", "Sammanfattning", "Beskrivning", "Vem kan söka", "Vad kan bidraget användas till", "Villkor",
                      "Sista ansökningsdag", "Återkommer varje år", "Ansökan", "Högsta belopp", "Ansvarig förvaltning", "Källa"]
        var output = TextDecoding.byteOrderMark + Array(Self.csvLine(header).utf8)
        for stored in try store.allGrants() {
            let grant = stored.item
            let apply = (grant.applyMethods.compactMap { methodWords[$0] } + [grant.applicationUrl].compactMap { $0 }).joined(separator: ", ")
            output += Array(Self.csvLine([
                grant.id, grant.name, grant.summary, grant.description, labels(grant.applicants, .applicant),
                labels(grant.categories, .grantCategory), grant.conditions.joined(separator: "\n"), grant.deadlineText ?? "",
                grant.deadlineRules.contains { $0.recurring } ? "Ja" : "", apply, grant.maxAmount.map { Self.amount($0.amount) + " kr" } ?? "", grant.ownerUnitId ?? "",
                stored.provenance.originUrl ?? "",
            ]).utf8)
        }
        return output
    }
}
