import ArgumentParser
import Foundation
import LotsenGuide
import LotsenModel
import LotsenStore

extension LotsenCommand {
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search premises or grants from the terminal, with the same filters as the API.",
            subcommands: [Premises.self, Grants.self])
    }
}

extension LotsenCommand.Search {
    struct Premises: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search premises (lokaler).")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Free text, e.g. \"scen\" or \"möteslokal åhus\".") var text: [String] = []
        @Option(name: .customLong("min-capacity")) var minCapacity: Int?
        @Option var district: String?
        @Option(help: "A premises kind code, e.g. scen, moteslokal, idrottshall.") var kind: String?
        @Option(help: "A facility code; repeat for several (all must match).") var facility: [String] = []
        @Flag(help: "Only premises with step-free access and an accessible toilet.") var accessible = false
        @Option(name: .customLong("max-price")) var maxPrice: Double?
        @Option var tariff: String = "taxa1"
        @Option(name: .customLong("price-unit")) var priceUnit: String = "hour"
        @Option(help: "lat,lon") var near: String?
        @Option(name: .customLong("radius-km")) var radiusKm: Double?
        @Option(help: "relevance, name, capacity or distance.") var sort: String?
        @Option var limit: Int = 20
        @Option var offset: Int = 0
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() async throws {
            guard let unit = Price.Unit(rawValue: priceUnit) else {
                throw ValidationError("--price-unit must be one of \(Price.Unit.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let sortOrder = try sort.map { value in
                guard let order = PremisesQuery.Sort(rawValue: value) else {
                    throw ValidationError("--sort must be relevance, name, capacity or distance")
                }
                return order
            }
            let point = try near.map { text -> GeoPoint in
                let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2 else { throw ValidationError("--near must be lat,lon") }
                return GeoPoint(latitude: parts[0], longitude: parts[1])
            }
            let query = PremisesQuery(
                text: text.isEmpty ? nil : text.joined(separator: " "), minCapacity: minCapacity, district: district,
                kind: kind, facilities: facility, accessibleOnly: accessible, maxPrice: maxPrice, tariff: tariff,
                priceUnit: unit, near: point, radiusKilometres: radiusKm, sort: sortOrder, limit: limit, offset: offset, relax: !json)
            let result: PremisesSearchResult
            do {
                result = try store.open().searchPremises(query)
            } catch let invalid as InvalidQuery {
                throw ValidationError(invalid.description)
            }
            if json {
                let items = result.hits.map(\.premises.item)
                print(String(decoding: try JSONEncoder.lotsen.encode(items), as: UTF8.self))
                return
            }
            let catalogue = try store.open()
            if let notice = SearchNotice.relaxed(result.relaxed, kindLabel: { code in
                (try? catalogue.vocabulary())?.premisesKind.first { $0.code == code }.map { ($0.sv, $0.en) }
            }) {
                print(notice.sv)
            }
            print("\(result.total) lokaler")
            for hit in result.hits {
                let premises = hit.premises.item
                let capacity = premises.capacity.map { "\(premises.capacityEstimated ? "ca " : "")\($0) pers." } ?? "–"
                let place = [premises.venue, premises.address.district].compactMap { $0 }.joined(separator: ", ")
                print("  \(premises.name) [\(premises.kind)] \(capacity)  \(place)  (\(premises.id))")
            }
        }
    }

    struct Grants: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search grants (bidrag).")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Free text, e.g. \"hyra\" or \"kultur\".") var text: [String] = []
        @Option(help: "Applicant code, e.g. forening.") var applicant: String?
        @Option(help: "Category code, e.g. kultur.") var category: String?
        @Option(help: "Owning unit id.") var unit: String?
        @Option var limit: Int = 20
        @Option var offset: Int = 0
        @Flag(help: "Print JSON instead of a list.") var json = false

        func run() async throws {
            let query = GrantQuery(
                text: text.isEmpty ? nil : text.joined(separator: " "), applicant: applicant, category: category,
                unit: unit, limit: limit, offset: offset)
            let result: GrantSearchResult
            do {
                result = try store.open().searchGrants(query)
            } catch let invalid as InvalidQuery {
                throw ValidationError(invalid.description)
            }
            if json {
                print(String(decoding: try JSONEncoder.lotsen.encode(result.grants.map(\.item)), as: UTF8.self))
                return
            }
            print("\(result.total) bidrag")
            for stored in result.grants {
                let grant = stored.item
                print("  \(grant.name) — \(grant.deadlineText ?? "ingen sista ansökningsdag angiven")  (\(grant.id))")
            }
        }
    }
}
