import Foundation
import LotsenModel

/// schema.org structured data (JSON-LD) for a premises page, so search engines and tools read the page as a place:
/// a `CivicStructure` with its address, position, capacity, area and features, and an `Offer` for each price.
enum StructuredData {
    /// The `<script type="application/ld+json">` element for `premises`, whose page is at `path`.
    static func premises(_ premises: Premises, path: String, vocabulary: Vocabulary) -> HTML {
        let id = path + "#lokal"
        var place: [String: Any] = ["@type": "CivicStructure", "@id": id, "url": path, "name": premises.name]
        if !premises.description.isEmpty { place["description"] = premises.description }
        var address: [String: Any] = ["@type": "PostalAddress", "addressCountry": "SE"]
        address["streetAddress"] = premises.address.street
        address["postalCode"] = premises.address.postalCode
        address["addressLocality"] = premises.address.district
        place["address"] = address
        if let location = premises.location {
            place["geo"] = ["@type": "GeoCoordinates", "latitude": location.latitude, "longitude": location.longitude]
        }
        place["maximumAttendeeCapacity"] = premises.capacity
        if let area = premises.areaSquareMetres { place["floorSize"] = ["@type": "QuantitativeValue", "value": area, "unitCode": "MTK"] }
        place["amenityFeature"] = features(premises, vocabulary: vocabulary)
        place["telephone"] = premises.booking.phone
        place["email"] = premises.booking.email
        let offers: [[String: Any]] = premises.prices.map { price in
            let tariff = vocabulary.tariff.first { $0.code == price.tariff }?.sv ?? price.tariff
            return ["@type": "Offer", "itemOffered": ["@id": id], "name": tariff, "price": price.amount, "priceCurrency": price.currency,
                    "priceSpecification": ["@type": "UnitPriceSpecification", "price": price.amount, "priceCurrency": price.currency,
                                           "unitText": unitWords[price.unit] ?? price.unit.rawValue]]
        }
        let document: [String: Any] = ["@context": "https://schema.org", "@graph": [place] + offers]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]) else { return .empty }
        // "<" never reaches the page as itself, so no text can close the script element.
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return HTML(raw: "<script type=\"application/ld+json\">\(json)</script>")
    }

    static let unitWords: [Price.Unit: String] = [.hour: "timme", .halfDay: "halvdag", .day: "dag", .occasion: "tillfälle", .season: "säsong"]

    /// Facilities and what is known of access, as `LocationFeatureSpecification`s.
    static func features(_ premises: Premises, vocabulary: Vocabulary) -> [[String: Any]] {
        var features: [[String: Any]] = premises.facilities.map { code in
            ["@type": "LocationFeatureSpecification", "name": vocabulary.facility.first { $0.code == code }?.sv ?? code, "value": true]
        }
        if let stepFree = premises.accessibility.stepFree {
            features.append(["@type": "LocationFeatureSpecification", "name": "Entré utan trappsteg", "value": stepFree])
        }
        if let toilet = premises.accessibility.accessibleToilet {
            features.append(["@type": "LocationFeatureSpecification", "name": "Tillgänglig toalett", "value": toilet])
        }
        return features
    }
}
