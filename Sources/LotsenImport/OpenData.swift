import Foundation
import LotsenModel

/// The catalogue's open-data tables and their CSV.
public enum OpenData {
    /// The licence of the catalogue data (premises, grants, units); the enquiries are not open data.
    public static let licence = (name: "CC0 1.0", identifier: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/")

    public static let unitWords: [Price.Unit: String] = [.hour: "tim", .halfDay: "halvdag", .day: "dag", .occasion: "tillfalle", .season: "sasong"]

    /// One row a premises: the text as people read it, and beside it what tools compute with.
    public static func premisesTable(_ records: [Stored<Premises>]) -> [[String]] {
        var priceColumns: [(tariff: String, unit: Price.Unit)] = []
        for price in records.flatMap(\.item.prices) where !priceColumns.contains(where: { $0.tariff == price.tariff && $0.unit == price.unit }) {
            priceColumns.append((price.tariff, price.unit))
        }
        priceColumns.sort { ($0.tariff, Price.Unit.allCases.firstIndex(of: $0.unit) ?? 0) < ($1.tariff, Price.Unit.allCases.firstIndex(of: $1.unit) ?? 0) }
        let header = ["id", "namn", "typ", "byggnad", "ort", "gatuadress", "postnummer", "lat", "lon", "antal_personer",
                      "antal_personer_uppskattat", "yta_m2", "utrustning", "entre_utan_trappsteg", "tillganglig_toalett",
                      "telefon", "epost", "bokning_url", "priser_text"]
            + priceColumns.map { "pris_\($0.tariff)_kr_per_\(unitWords[$0.unit] ?? $0.unit.rawValue)" } + ["kalla", "andrad"]
        return [header] + records.map { premisesRow($0, priceColumns: priceColumns) }
    }

    public static func premisesRow(_ stored: Stored<Premises>, priceColumns: [(tariff: String, unit: Price.Unit)]) -> [String] {
        let premises = stored.item
        let prices: [String] = premises.prices.map { price in
            let unit = unitWords[price.unit] ?? price.unit.rawValue
            return "\(price.tariff) \(number(price.amount)) kr/\(unit)" + (price.note.map { " (\($0))" } ?? "")
        }
        let place: [String] = [premises.address.district ?? "", premises.address.street ?? "", premises.address.postalCode ?? "",
                               premises.location.map { number($0.latitude) } ?? "", premises.location.map { number($0.longitude) } ?? ""]
        let size: [String] = [premises.capacity.map(String.init) ?? "", premises.capacity == nil ? "" : String(premises.capacityEstimated),
                              premises.areaSquareMetres.map(number) ?? ""]
        let access: [String] = [premises.facilities.joined(separator: " "), premises.accessibility.stepFree.map(String.init) ?? "",
                                premises.accessibility.accessibleToilet.map(String.init) ?? ""]
        let booking: [String] = [premises.booking.phone ?? "", premises.booking.email ?? "", premises.booking.url ?? "", prices.joined(separator: "; ")]
        let amounts: [String] = priceColumns.map { column in
            premises.prices.first { $0.tariff == column.tariff && $0.unit == column.unit }.map { number($0.amount) } ?? ""
        }
        let source: [String] = [stored.provenance.originUrl ?? "", stored.provenance.updatedAt.formatted(.iso8601)]
        return [premises.id, premises.name, premises.kind, premises.venue ?? ""] + place + size + access + booking + amounts + source
    }

    public static func grantsTable(_ records: [Stored<Grant>]) -> [[String]] {
        let header = ["id", "namn", "sammanfattning", "vem_kan_soka", "kategorier", "villkor", "hogsta_belopp_kr", "sista_ansokningsdag_text",
                      "ansvarig_enhet", "ansokan_url", "kalla", "andrad", "bidragsgivare"]
        let rows = records.map { stored -> [String] in
            let grant = stored.item
            return [grant.id, grant.name, grant.summary, grant.applicants.joined(separator: " "), grant.categories.joined(separator: " "),
                    grant.conditions.joined(separator: "; "), grant.maxAmount.map { number($0.amount) } ?? "", grant.deadlineText ?? "",
                    grant.ownerUnitId ?? "", grant.applicationUrl ?? "", stored.provenance.originUrl ?? "",
                    stored.provenance.updatedAt.formatted(.iso8601), grant.funder ?? ""]
        }
        return [header] + rows
    }

    /// A number as tools read it: "1200", "56.0294".
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: CSV

    /// RFC 4180: commas, CRLF, fields with a comma, quote or line break quoted.
    public static func csvText(_ table: [[String]]) -> String {
        table.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
