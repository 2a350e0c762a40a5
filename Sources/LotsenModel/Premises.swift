import Foundation

/// A room, hall or facility an association can rent or borrow.
public struct Premises: Codable, Sendable, Equatable, Identifiable {
    /// Stable slug, e.g. `barbacka-stora-scenen`.
    public var id: String
    public var name: String
    /// A code from the `premises_kind` vocabulary (samlingslokal, idrottshall, scen, moteslokal …).
    public var kind: String
    /// The building or site the premises are in, e.g. "Kulturhuset Barbacka".
    public var venue: String?
    public var ownerUnitId: String?
    public var address: Address
    public var location: GeoPoint?
    /// How many persons the premises take, if known.
    public var capacity: Int?
    /// True when `capacity` is the municipality's estimate rather than a published figure.
    public var capacityEstimated: Bool
    public var areaSquareMetres: Double?
    /// Codes from the `facility` vocabulary (kok, projektor, scen, wifi, horslinga …).
    public var facilities: [String]
    public var accessibility: Accessibility
    public var prices: [Price]
    public var rentableBy: RentableBy
    public var booking: Booking
    public var description: String
    /// Set when the premises are no longer offered.
    public var withdrawnAt: Date?

    public init(
        id: String, name: String, kind: String, venue: String? = nil, ownerUnitId: String? = nil,
        address: Address = Address(), location: GeoPoint? = nil, capacity: Int? = nil,
        capacityEstimated: Bool = false, areaSquareMetres: Double? = nil, facilities: [String] = [],
        accessibility: Accessibility = Accessibility(), prices: [Price] = [],
        rentableBy: RentableBy = RentableBy(), booking: Booking = Booking(), description: String = "",
        withdrawnAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.venue = venue
        self.ownerUnitId = ownerUnitId
        self.address = address
        self.location = location
        self.capacity = capacity
        self.capacityEstimated = capacityEstimated
        self.areaSquareMetres = areaSquareMetres
        self.facilities = facilities
        self.accessibility = accessibility
        self.prices = prices
        self.rentableBy = rentableBy
        self.booking = booking
        self.description = description
        self.withdrawnAt = withdrawnAt
    }
}

extension Premises {
    enum CodingKeys: String, CodingKey {
        case id, name, kind, venue, ownerUnitId = "owner_unit_id", address, location, capacity, capacityEstimated = "capacity_estimated", areaSquareMetres = "area_square_metres", facilities, accessibility, prices, rentableBy = "rentable_by", booking, description, withdrawnAt = "withdrawn_at"
    }

    /// Decodes a record where only `id`, `name` and `kind` are required; the rest default to unknown or empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            kind: try c.decode(String.self, forKey: .kind),
            venue: try c.decodeIfPresent(String.self, forKey: .venue),
            ownerUnitId: try c.decodeIfPresent(String.self, forKey: .ownerUnitId),
            address: try c.decodeIfPresent(Address.self, forKey: .address) ?? Address(),
            location: try c.decodeIfPresent(GeoPoint.self, forKey: .location),
            capacity: try c.decodeIfPresent(Int.self, forKey: .capacity),
            capacityEstimated: try c.decodeIfPresent(Bool.self, forKey: .capacityEstimated) ?? false,
            areaSquareMetres: try c.decodeIfPresent(Double.self, forKey: .areaSquareMetres),
            facilities: try c.decodeIfPresent([String].self, forKey: .facilities) ?? [],
            accessibility: try c.decodeIfPresent(Accessibility.self, forKey: .accessibility) ?? Accessibility(),
            prices: try c.decodeIfPresent([Price].self, forKey: .prices) ?? [],
            rentableBy: try c.decodeIfPresent(RentableBy.self, forKey: .rentableBy) ?? RentableBy(),
            booking: try c.decodeIfPresent(Booking.self, forKey: .booking) ?? Booking(),
            description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
            withdrawnAt: try c.decodeIfPresent(Date.self, forKey: .withdrawnAt))
    }
}

public struct Address: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case street, postalCode = "postal_code", district }

    public var street: String?
    public var postalCode: String?
    /// Town or district (ort/område), e.g. "Kristianstad", "Åhus".
    public var district: String?

    public init(street: String? = nil, postalCode: String? = nil, district: String? = nil) {
        self.street = street
        self.postalCode = postalCode
        self.district = district
    }
}

/// A WGS 84 position.
public struct GeoPoint: Codable, Sendable, Equatable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine).
    public func distanceKilometres(to other: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 6371.0088 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

/// Accessibility facts; nil means not known. A hearing loop is the `horslinga` facility.
public struct Accessibility: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case stepFree = "step_free", accessibleToilet = "accessible_toilet" }

    public var stepFree: Bool?
    public var accessibleToilet: Bool?

    public init(stepFree: Bool? = nil, accessibleToilet: Bool? = nil) {
        self.stepFree = stepFree
        self.accessibleToilet = accessibleToilet
    }

    /// Step-free access and an accessible toilet, both confirmed.
    public var isAccessible: Bool { stepFree == true && accessibleToilet == true }
}

/// What renting costs for one tariff group.
public struct Price: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case tariff, amount, currency, unit, note }

    public enum Unit: String, Codable, Sendable, CaseIterable {
        case hour, halfDay = "half_day", day, occasion, season
    }

    /// A code from the `tariff` vocabulary (taxa1, taxa2, taxa3).
    public var tariff: String
    public var amount: Double
    public var currency: String
    public var unit: Unit
    /// Conditions such as "max 4 timmar".
    public var note: String?

    public init(tariff: String, amount: Double, currency: String = "SEK", unit: Unit, note: String? = nil) {
        self.tariff = tariff
        self.amount = amount
        self.currency = currency
        self.unit = unit
        self.note = note
    }
}

/// Who may rent or borrow.
public struct RentableBy: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case associations, privatePersons = "private_persons", youth }

    public var associations: Bool
    public var privatePersons: Bool
    public var youth: Bool

    public init(associations: Bool = true, privatePersons: Bool = false, youth: Bool = false) {
        self.associations = associations
        self.privatePersons = privatePersons
        self.youth = youth
    }
}

/// How to book.
public struct Booking: Codable, Sendable, Equatable {
    public var phone: String?
    public var email: String?
    public var url: String?
    public var note: String?

    public init(phone: String? = nil, email: String? = nil, url: String? = nil, note: String? = nil) {
        self.phone = phone
        self.email = email
        self.url = url
        self.note = note
    }
}
