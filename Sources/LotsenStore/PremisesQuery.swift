import Foundation
import LotsenModel

/// A search for premises. Every filter that is set must match (AND).
public struct PremisesQuery: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case relevance, name, capacity, distance
    }

    /// Free text; every word must match a word in the record, as a prefix ("lokal" finds "lokaler").
    public var text: String?
    public var minCapacity: Int?
    /// Town or district, matched case- and accent-insensitively.
    public var district: String?
    /// A `premises_kind` code.
    public var kind: String?
    /// `facility` codes; all must be present.
    public var facilities: [String]
    /// Only premises with step-free access and an accessible toilet.
    public var accessibleOnly: Bool
    /// The highest price per `priceUnit` in `tariff` a hit may cost.
    public var maxPrice: Double?
    public var tariff: String
    public var priceUnit: Price.Unit
    public var near: GeoPoint?
    public var radiusKilometres: Double?
    /// Nil sorts by relevance when there is text, else by name.
    public var sort: Sort?
    public var limit: Int
    public var offset: Int
    /// Only records changed after this instant, withdrawn ones included (for clients that sync).
    public var modifiedAfter: Date?
    /// When nothing matches, leave out what emptied the result (words that find nothing, then the district, then
    /// the kind) and say so in ``PremisesSearchResult/relaxed``, rather than answer with nothing.
    public var relax: Bool

    public init(
        text: String? = nil, minCapacity: Int? = nil, district: String? = nil, kind: String? = nil,
        facilities: [String] = [], accessibleOnly: Bool = false, maxPrice: Double? = nil,
        tariff: String = "taxa1", priceUnit: Price.Unit = .hour, near: GeoPoint? = nil,
        radiusKilometres: Double? = nil, sort: Sort? = nil, limit: Int = 20, offset: Int = 0,
        modifiedAfter: Date? = nil, relax: Bool = false
    ) {
        self.text = text
        self.minCapacity = minCapacity
        self.district = district
        self.kind = kind
        self.facilities = facilities
        self.accessibleOnly = accessibleOnly
        self.maxPrice = maxPrice
        self.tariff = tariff
        self.priceUnit = priceUnit
        self.near = near
        self.radiusKilometres = radiusKilometres
        self.sort = sort
        self.limit = limit
        self.offset = offset
        self.modifiedAfter = modifiedAfter
        self.relax = relax
    }

    public static let limitRange = 1...100
    public static let offsetRange = 0...10_000
}

/// A query that cannot run as given; `parameter` names the offending input.
public struct InvalidQuery: Error, Sendable, Equatable, CustomStringConvertible {
    public let parameter: String
    public let message: String

    public init(_ parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { "\(parameter): \(message)" }
}

/// One page of premises search results.
public struct PremisesSearchResult: Sendable {
    public struct Hit: Sendable {
        public let premises: Stored<Premises>
        /// Distance from the query's `near` point, in kilometres.
        public let distanceKilometres: Double?
    }

    /// A filter or word that was left out because nothing matched with it (see ``PremisesQuery/relax``).
    public struct Relaxation: Sendable, Equatable {
        /// "q", "district" or "kind".
        public let parameter: String
        public let value: String

        public init(parameter: String, value: String) {
            self.parameter = parameter
            self.value = value
        }
    }

    /// How many records match in all.
    public let total: Int
    public let hits: [Hit]
    public let facets: Facets
    /// What was left out to find these, in the order it was left out; empty when the query matched as asked.
    public var relaxed: [Relaxation] = []
}

/// How many matches there are per value of a field, for showing beside the filters.
/// The district and kind counts ignore their own filter, so the other choices stay visible.
public struct Facets: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public let value: String
        public let label: String
        public let count: Int

        public init(value: String, label: String, count: Int) {
            self.value = value
            self.label = label
            self.count = count
        }
    }

    public var district: [Count]
    public var kind: [Count]
    public var facility: [Count]
}
