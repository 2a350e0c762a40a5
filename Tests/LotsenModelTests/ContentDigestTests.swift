import Foundation
import LotsenModel
import Testing

@Suite struct ContentDigestTests {
    static let base: Premises = {
        var premises = Premises(id: "barbacka-sal-1", name: "Sal 1", kind: "samlingslokal")
        premises.prices = [Price(tariff: "taxa1", amount: 100, unit: .hour)]
        return premises
    }()

    /// One change per stored field, nested ones included.
    static let premisesChanges: [(String, @Sendable (inout Premises) -> Void)] = [
        ("id", { $0.id = "x" }), ("name", { $0.name = "x" }), ("kind", { $0.kind = "scen" }), ("venue", { $0.venue = "x" }),
        ("ownerUnitId", { $0.ownerUnitId = "x" }), ("street", { $0.address.street = "x" }),
        ("postalCode", { $0.address.postalCode = "x" }), ("district", { $0.address.district = "Åhus" }),
        ("location", { $0.location = GeoPoint(latitude: 56, longitude: 14) }), ("capacity", { $0.capacity = 50 }),
        ("capacityEstimated", { $0.capacityEstimated = true }), ("area", { $0.areaSquareMetres = 120 }),
        ("facilities", { $0.facilities = ["kok"] }), ("stepFree", { $0.accessibility.stepFree = true }),
        ("accessibleToilet", { $0.accessibility.accessibleToilet = false }), ("tariff", { $0.prices[0].tariff = "taxa3" }),
        ("amount", { $0.prices[0].amount = 101 }), ("currency", { $0.prices[0].currency = "EUR" }),
        ("unit", { $0.prices[0].unit = .day }), ("priceNote", { $0.prices[0].note = "max 4 timmar" }),
        ("associations", { $0.rentableBy.associations.toggle() }), ("privatePersons", { $0.rentableBy.privatePersons.toggle() }),
        ("youth", { $0.rentableBy.youth.toggle() }), ("phone", { $0.booking.phone = "+46 44 13 56 50" }),
        ("email", { $0.booking.email = "x@kristianstad.se" }), ("url", { $0.booking.url = "https://x" }),
        ("bookingNote", { $0.booking.note = "x" }), ("description", { $0.description = "x" }),
        ("withdrawnAt", { $0.withdrawnAt = Date(timeIntervalSince1970: 0) }),
    ]

    @Test func everyPremisesFieldChangesTheDigest() {
        let first = ContentDigest.hex(Self.base, extra: "https://www.kristianstad.se/")
        #expect(first.count == 64)
        #expect(ContentDigest.hex(Self.base, extra: "https://www.kristianstad.se/") == first)
        #expect(ContentDigest.hex(Self.base, extra: "https://www.kristianstad.se/x") != first)
        var seen: Set<String> = [first]
        for (field, change) in Self.premisesChanges {
            var changed = Self.base
            change(&changed)
            let digest = ContentDigest.hex(changed, extra: "https://www.kristianstad.se/")
            #expect(!seen.contains(digest), "changing \(field) must change the digest")
            seen.insert(digest)
        }
    }

    /// The same text in two different fields is two different records.
    @Test func valuesCannotMoveBetweenFields() {
        var note = Self.base, description = Self.base
        note.booking.note = "Sal 1"
        description.description = "Sal 1"
        #expect(ContentDigest.hex(note) != ContentDigest.hex(description))
        var one = Self.base, two = Self.base
        one.facilities = ["kok", "scen"]
        two.facilities = ["kokscen"]
        #expect(ContentDigest.hex(one) != ContentDigest.hex(two))
    }

    /// A field added to a record must be added to its digest: these counts fail first.
    @Test func theDigestCoversEveryStoredField() {
        func fields(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
        let price = Price(tariff: "taxa1", amount: 1, unit: .hour)
        let leaves = fields(Self.base) - 6 + fields(Address()) + 1 + fields(Accessibility()) + fields(price)
            + fields(RentableBy()) + fields(Booking())
        // location counts once (both coordinates go in together), prices by their fields.
        #expect(leaves == Self.premisesChanges.count)
        #expect(fields(Grant(id: "a", name: "b")) == 14)
        #expect(fields(DeadlineRule(kind: .yearly, phrase: "", confidence: 1)) == 11)
        #expect(fields(Money(amount: 1)) == 2)
    }

    @Test func grantsDiffer() {
        var grant = Grant(id: "aktivitetsstod", name: "Aktivitetsstöd")
        let first = ContentDigest.hex(grant)
        grant.deadlineText = "Sista ansökningsdag: 25 februari och 25 augusti"
        #expect(ContentDigest.hex(grant) != first)
        grant.maxAmount = Money(amount: 40_000)
        let withAmount = ContentDigest.hex(grant)
        #expect(withAmount != first)
        grant.deadlineRules = [DeadlineRule(kind: .yearly, closes: .date(month: 2, day: 25), phrase: "25 februari", confidence: 0.95)]
        let withRules = ContentDigest.hex(grant)
        #expect(withRules != withAmount)
        grant.funder = "Allmänna arvsfonden"
        #expect(ContentDigest.hex(grant) != withRules)
    }
}
