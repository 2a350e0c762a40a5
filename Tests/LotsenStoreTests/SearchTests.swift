import Foundation
import LotsenModel
import LotsenStore
import Testing

@Suite struct PremisesSearchTests {
    let store: Store

    init() throws {
        store = try seededStore()
    }

    @Test func textAndCapacityFindTheBigStages() throws {
        let result = try store.searchPremises(PremisesQuery(text: "scen", minCapacity: 50))
        #expect(Set(result.ids) == ["barbacka-stora-scenen", "barbacka-lilla-scenen"])
        #expect(result.total == 2)
    }

    @Test func matchingIgnoresCaseAndSwedishAccents() throws {
        let expected = try store.searchPremises(PremisesQuery(text: "Röda rummet")).ids
        #expect(expected == ["barbacka-roda-rummet"])
        #expect(try store.searchPremises(PremisesQuery(text: "roda RUMMET")).ids == expected)
        #expect(try store.searchPremises(PremisesQuery(text: "ahus")).ids == ["ahus-ip"])
        // Stored text keeps å/ä/ö.
        #expect(try store.premises(id: "ahus-ip")?.item.name == "Åhus IP")
    }

    @Test func wordsMatchAsPrefixes() throws {
        let stages = try store.searchPremises(PremisesQuery(text: "scen")).ids
        #expect(stages.contains("barbacka-garaget"))  // kind "Scen", name has no "scen"
        #expect(try store.searchPremises(PremisesQuery(text: "konstgräs")).ids.sorted() == ["ahus-ip", "kristianstads-arenaomrade"])
        #expect(try store.searchPremises(PremisesQuery(text: "badhus")).ids == ["kristianstads-badrike"])
    }

    @Test func nameMatchesRankFirst() throws {
        // "scenen" is in the names of two stages and only in the description of Garaget.
        let ids = try store.searchPremises(PremisesQuery(text: "scenen")).ids
        #expect(Array(ids.prefix(2)).sorted() == ["barbacka-lilla-scenen", "barbacka-stora-scenen"])
    }

    @Test func hostileTextIsSearchedAsWordsNotSyntax() throws {
        for text in ["\"", "scen*", "NEAR(scen garaget)", "scen OR 1=1", "name:scen", "-scen", "'; DROP TABLE premises;--", "(((", "^"] {
            _ = try store.searchPremises(PremisesQuery(text: text))
        }
        #expect(try store.searchPremises(PremisesQuery(text: "scen OR garaget")).total == 0)
        #expect(try store.searchPremises(PremisesQuery(text: "!!!")).total == 10)  // no words: no text filter
    }

    @Test func districtMatchesWithoutAccents() throws {
        #expect(try store.searchPremises(PremisesQuery(district: "ahus")).ids == ["ahus-ip"])
        #expect(try store.searchPremises(PremisesQuery(district: "Åhus")).ids == ["ahus-ip"])
        #expect(try store.searchPremises(PremisesQuery(district: "Vä")).total == 0)
    }

    @Test func kindFacilityAndAccessibilityFilters() throws {
        #expect(try store.searchPremises(PremisesQuery(kind: "moteslokal")).ids == ["barbacka-roda-rummet", "barbacka-tivolirummet"])
        let both = try store.searchPremises(PremisesQuery(facilities: ["konstgras", "friidrott"])).ids
        #expect(both == ["kristianstads-arenaomrade", "ahus-ip"])  // Swedish order: Å after K
        #expect(try store.searchPremises(PremisesQuery(facilities: ["konstgras", "bastu"])).total == 0)
        // No seeded premises has confirmed accessibility yet: the filter must not guess.
        #expect(try store.searchPremises(PremisesQuery(accessibleOnly: true)).total == 0)
    }

    @Test func maxPriceUsesTariffAndUnit() throws {
        let cheap = try store.searchPremises(PremisesQuery(maxPrice: 50, tariff: "taxa1", priceUnit: .hour)).ids
        #expect(cheap == ["barbacka-ateljen", "barbacka-roda-rummet", "barbacka-tivolirummet"])
        let halfDays = try store.searchPremises(PremisesQuery(maxPrice: 700, tariff: "taxa2", priceUnit: .halfDay)).ids
        #expect(halfDays == ["barbacka-garaget", "barbacka-lilla-scenen", "barbacka-stora-scenen"])
    }

    @Test func nearAndRadius() throws {
        let ahus = GeoPoint(latitude: 55.926, longitude: 14.287)
        let close = try store.searchPremises(PremisesQuery(near: ahus, radiusKilometres: 5))
        #expect(close.ids == ["ahus-ip"])
        #expect(close.hits[0].distanceKilometres! < 0.1)
        let sorted = try store.searchPremises(PremisesQuery(near: ahus, sort: .distance, limit: 100))
        #expect(sorted.ids.first == "ahus-ip")
        #expect(sorted.total == 10)
    }

    @Test func sortByCapacityAndPaging() throws {
        let all = try store.searchPremises(PremisesQuery(kind: "scen", sort: .capacity)).ids
        #expect(all == ["barbacka-stora-scenen", "barbacka-lilla-scenen", "barbacka-garaget"])
        let second = try store.searchPremises(PremisesQuery(kind: "scen", sort: .capacity, limit: 1, offset: 1))
        #expect(second.ids == ["barbacka-lilla-scenen"])
        #expect(second.total == 3)
    }

    @Test func defaultOrderIsSwedishAlphabetical() throws {
        let names = try store.searchPremises(PremisesQuery(limit: 100)).hits.map(\.premises.item.name)
        #expect(names.first == "Ateljén")
        #expect(names.last == "Åhus IP")
    }

    @Test func facetsIgnoreTheirOwnFilter() throws {
        let result = try store.searchPremises(PremisesQuery(district: "Åhus"))
        #expect(result.total == 1)
        // The district facet still shows Kristianstad, so the user can switch.
        #expect(result.facets.district.map(\.value).sorted() == ["Kristianstad", "Åhus"])
        #expect(result.facets.district.first { $0.value == "Kristianstad" }?.count == 9)
        #expect(result.facets.kind == [Facets.Count(value: "idrottsplats", label: "Idrottsplats", count: 1)])
        #expect(result.facets.facility.map(\.value).sorted() == ["friidrott", "grusplan", "konstgras", "omkladningsrum"])
    }

    @Test func withdrawnPremisesAreHiddenExceptForSync() throws {
        #expect(try !store.searchPremises(PremisesQuery(text: "tivolibadet")).ids.contains("tivolibadet"))
        let sync = try store.searchPremises(PremisesQuery(limit: 100, modifiedAfter: Date(timeIntervalSince1970: 0)))
        #expect(sync.total == 11)
        #expect(sync.hits.first { $0.premises.item.id == "tivolibadet" }?.premises.item.withdrawnAt != nil)
        #expect(try store.searchPremises(PremisesQuery(modifiedAfter: Date().addingTimeInterval(60))).total == 0)
    }

    @Test func invalidQueriesNameTheParameter() throws {
        func parameter(_ query: PremisesQuery) -> String? {
            do {
                _ = try store.searchPremises(query)
                return nil
            } catch let error as InvalidQuery {
                return error.parameter
            } catch {
                return "other: \(error)"
            }
        }
        #expect(parameter(PremisesQuery(kind: "rymdskepp")) == "kind")
        #expect(parameter(PremisesQuery(facilities: ["kok", "jacuzzi"])) == "facility")
        #expect(parameter(PremisesQuery(maxPrice: 100, tariff: "taxa9")) == "tariff")
        #expect(parameter(PremisesQuery(radiusKilometres: 5)) == "radius_km")
        #expect(parameter(PremisesQuery(sort: .distance)) == "sort")
        #expect(parameter(PremisesQuery(limit: 0)) == "limit")
        #expect(parameter(PremisesQuery(offset: 20_000)) == "offset")
        #expect(parameter(PremisesQuery(minCapacity: -1)) == "min_capacity")
    }

    @Test func aWriteFromAnotherConnectionIsSeenByTheNextSearch() throws {
        #expect(try store.searchPremises(PremisesQuery(text: "folkets")).total == 0)
        let other = try Store(path: store.path)
        try other.transaction { transaction in
            try transaction.put(Premises(id: "folkets-hus-ahus", name: "Folkets hus", kind: "samlingslokal",
                                         address: Address(district: "Åhus"), capacity: 200, facilities: ["kok", "scen"]))
        }
        let result = try store.searchPremises(PremisesQuery(text: "folkets", minCapacity: 150))
        #expect(result.ids == ["folkets-hus-ahus"])
    }
}

@Suite struct GrantSearchTests {
    let store: Store

    init() throws {
        store = try seededStore()
    }

    @Test func textFindsGrantsAcrossFields() throws {
        let ids = try store.searchGrants(GrantQuery(text: "hyres")).grants.map(\.item.id)
        #expect(ids.first == "hyresbidrag")
        #expect(try store.searchGrants(GrantQuery(text: "ukraina")).grants.map(\.item.id) == ["foreningsbidrag-ukraina"])
        #expect(try store.searchGrants(GrantQuery(text: "forening")).total > 5)
    }

    @Test func filtersByApplicantCategoryAndUnit() throws {
        let private_ = try store.searchGrants(GrantQuery(applicant: "privatperson")).grants.map(\.item.id)
        #expect(private_ == ["arrangorsstod-kultur"])
        let social = try store.searchGrants(GrantQuery(category: "socialt-arbete-och-integration")).grants.map(\.item.id)
        #expect(social.sorted() == ["foreningsbidrag-social-omsorg", "foreningsbidrag-ukraina"])
        #expect(try store.searchGrants(GrantQuery(unit: "omsorg")).grants.map(\.item.id) == ["foreningsbidrag-omsorgen"])
        #expect(try store.searchGrants(GrantQuery(text: "kultur", category: "lokaler")).total == 0)
    }

    @Test func unknownCodesAreInvalid() throws {
        #expect(throws: InvalidQuery.self) { try store.searchGrants(GrantQuery(applicant: "drake")) }
        #expect(throws: InvalidQuery.self) { try store.searchGrants(GrantQuery(unit: "nasa")) }
        #expect(throws: InvalidQuery.self) { try store.searchGrants(GrantQuery(limit: 1000)) }
    }
}
