import Foundation
import LotsenModel

/// The catalogue as Open Referral HSDS 3 services (the "compiled" service with its organization, phones, schedules
/// and locations nested): the municipality is the organization, each unit a service, its opening hours schedules,
/// its premises locations. Identifiers are UUIDs derived from Lotsen's ids, so they stay the same between exports.
public enum HSDS {
    public struct Service: Encodable, Sendable {
        public let id: String
        let organizationID: String
        let name: String
        let description: String
        let url: String?
        let email: String?
        let status = "active"
        let phones: [Phone]
        let schedules: [Schedule]
        let serviceAtLocations: [ServiceAtLocation]
        let organization: Organization

        enum CodingKeys: String, CodingKey {
            case id, organizationID = "organization_id", name, description, url, email, status, phones, schedules
            case serviceAtLocations = "service_at_locations", organization
        }
    }

    /// One page of a list, as HSDS's API answers lists.
    public struct Page: Encodable, Sendable {
        let totalItems: Int, totalPages: Int, pageNumber: Int, size: Int, firstPage: Bool, lastPage: Bool, empty: Bool
        let contents: [Service]

        enum CodingKeys: String, CodingKey {
            case totalItems = "total_items", totalPages = "total_pages", pageNumber = "page_number", size, firstPage = "first_page"
            case lastPage = "last_page", empty, contents
        }

        /// Page `page` (from 1) of `all`, `size` to a page.
        public init(_ all: [Service], page: Int, size: Int) {
            let pages = max(1, (all.count + size - 1) / size)
            contents = Array(all.dropFirst((page - 1) * size).prefix(size))
            totalItems = all.count
            totalPages = pages
            pageNumber = page
            self.size = contents.count
            firstPage = page == 1
            lastPage = page >= pages
            empty = contents.isEmpty
        }
    }

    public struct Organization: Encodable, Sendable {
        let id: String
        let name: String
        let description: String
    }

    public struct Phone: Encodable, Sendable {
        let id: String
        let number: String
        let description: String?
    }

    /// A weekly opening interval, in Swedish local time (Europe/Stockholm).
    public struct Schedule: Encodable, Sendable {
        let id: String
        let serviceID: String
        let freq = "WEEKLY"
        let byday: String
        let opensAt: String
        let closesAt: String
        let validFrom: String?
        let validTo: String?
        let notes: String

        enum CodingKeys: String, CodingKey {
            case id, serviceID = "service_id", freq, byday, opensAt = "opens_at", closesAt = "closes_at", validFrom = "valid_from"
            case validTo = "valid_to", notes
        }
    }

    public struct ServiceAtLocation: Encodable, Sendable {
        let id: String
        let serviceID: String
        let locationID: String
        let location: Location

        enum CodingKeys: String, CodingKey { case id, serviceID = "service_id", locationID = "location_id", location }
    }

    public struct Location: Encodable, Sendable {
        let id: String
        let locationType = "physical"
        let name: String
        let description: String
        let latitude: Double?
        let longitude: Double?
        let addresses: [Address]

        enum CodingKeys: String, CodingKey { case id, locationType = "location_type", name, description, latitude, longitude, addresses }
    }

    public struct Address: Encodable, Sendable {
        let id: String
        let locationID: String
        let address1: String
        let city: String
        let stateProvince: String
        let postalCode: String
        let country = "SE"
        let addressType = "physical"

        enum CodingKeys: String, CodingKey {
            case id, locationID = "location_id", address1 = "address_1", city, stateProvince = "state_province", postalCode = "postal_code"
            case country, addressType = "address_type"
        }
    }

    /// A stable UUID for `kind` and `id` (RFC 9562 version 8, from SHA-256).
    public static func uuid(_ kind: String, _ id: String) -> String {
        var hex = Array(SHA256.hex(Array("lotsen:\(kind):\(id)".utf8)).prefix(32))
        hex[12] = "8"
        hex[16] = ["8", "9", "a", "b"][Int(String(hex[16]), radix: 16).map { $0 & 3 } ?? 0]
        let text = String(hex)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }

    static let weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// Every unit as a service of `municipality`, with the premises it owns as its locations.
    public static func services(units: [MunicipalUnit], premises: [Premises], municipality: String) -> [Service] {
        let organization = Organization(
            id: uuid("organization", municipality), name: municipality,
            description: "\(municipality): förvaltningar och lokaler för föreningar och idéburen sektor, från Lotsen.")
        return units.map { unit in
            let serviceID = uuid("unit", unit.id)
            let phones = unit.channels.filter { $0.kind == .phone }.map { Phone(id: uuid("phone", unit.id + $0.value), number: $0.value, description: $0.label) }
            let schedules = unit.channels.compactMap(\.hours).first.map { hours in
                hours.regular.map { interval in
                    Schedule(id: uuid("schedule", "\(unit.id)-\(interval.weekday)-\(interval.opens)"), serviceID: serviceID,
                             byday: weekdays[max(0, min(6, interval.weekday - 1))], opensAt: "\(interval.opens)", closesAt: "\(interval.closes)",
                             validFrom: interval.validFrom?.description, validTo: interval.validTo?.description,
                             notes: "Lokal tid (Europe/Stockholm)" + (hours.closedOnPublicHolidays ? "; stängt på helgdagar" : ""))
                }
            } ?? []
            let locations = premises.filter { $0.ownerUnitId == unit.id && $0.withdrawnAt == nil }.map { item in
                let locationID = uuid("premises", item.id)
                return ServiceAtLocation(id: uuid("service-at-location", unit.id + item.id), serviceID: serviceID, locationID: locationID,
                                         location: location(item, id: locationID))
            }
            return Service(
                id: serviceID, organizationID: organization.id, name: unit.name, description: unit.description,
                url: unit.channels.first { $0.kind == .web || $0.kind == .eservice }?.value, email: unit.channels.first { $0.kind == .email }?.value,
                phones: phones, schedules: schedules, serviceAtLocations: locations, organization: organization)
        }
    }

    static func location(_ premises: Premises, id: String) -> Location {
        var addresses: [Address] = []
        if let street = premises.address.street, let postalCode = premises.address.postalCode, let city = premises.address.district {
            addresses.append(Address(id: uuid("address", premises.id), locationID: id, address1: street, city: city, stateProvince: "",
                                     postalCode: postalCode))
        }
        return Location(id: id, name: premises.name, description: premises.description, latitude: premises.location?.latitude,
                        longitude: premises.location?.longitude, addresses: addresses)
    }
}
