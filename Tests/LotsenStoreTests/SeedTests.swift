import Foundation
import LotsenImport
import LotsenModel
import LotsenStore
import Testing

@Suite struct SeedTests {
    @Test func seedFillsAnEmptyStore() throws {
        let store = try Store(path: temporaryDatabasePath())
        #expect(try store.isEmpty())
        let report = try store.apply(SeedDataset.load(from: seedDirectory))
        #expect(report.units[.added] == 11)
        // Premises and grants come from the import profiles, not the seed.
        #expect(report.premises.isEmpty && report.grants.isEmpty)
        #expect(try !store.isEmpty())
        #expect(try store.counts()["sources"] == 4)  // units.json, vocabulary.json, events.json, samverkan.json
        #expect(try store.steeringGroup().count == 10)
    }

    @Test func reapplyingTheSeedChangesNothing() throws {
        let store = try seededStore()
        let before = try store.version()
        let report = try store.apply(SeedDataset.load(from: seedDirectory))
        #expect(report.units[.unchanged] == 11)
        let reports = try Importer(store: store).runLocal(importersDirectory.path, options: ImportOptions())
        #expect(reports.count == 3)
        for report in reports {
            #expect(report.counts.added + report.counts.updated + report.counts.withdrawn + report.counts.rejected == 0, "\(report.source)")
        }
        #expect(reports.map(\.counts.unchanged).reduce(0, +) == 11 + 12)
        #expect(try store.version().revision == before.revision)
    }

    @Test func seededRecordsKeepTheirFactsAndProvenance() throws {
        let store = try seededStore()
        let stage = try #require(try store.premises(id: "barbacka-stora-scenen"))
        #expect(stage.item.name == "Stora scenen")
        #expect(stage.item.booking.phone == "+46 44 13 56 50")
        #expect(stage.item.prices.contains(Price(tariff: "taxa1", amount: 100, unit: .hour)))
        #expect(stage.item.prices.contains(Price(tariff: "taxa3", amount: 2100, unit: .day, note: "max 8 timmar")))
        #expect(stage.provenance.source == "importers/kristianstad-barbacka/uthyrning-av-lokaler.html")
        #expect(stage.provenance.importRunId != nil)
        #expect(stage.provenance.originUrl?.hasPrefix("https://www.kristianstad.se/") == true)
        #expect(stage.provenance.checksum?.count == 64)

        let grant = try #require(try store.grant(id: "aktivitetsstod"))
        #expect(grant.item.deadlineText == "Sista ansökningsdag är 25 februari och 25 augusti.")
        #expect(grant.item.categories.contains("barn-och-unga"))
        let rent = try #require(try store.grant(id: "hyresbidrag"))
        #expect(rent.item.maxAmount == Money(amount: 40_000))

        let centre = try #require(try store.unit(id: "medborgarcenter"))
        #expect(centre.parentId == "kommunledningskontoret")
        #expect(centre.channels.first { $0.kind == .email }?.value == "kommun@kristianstad.se")
        #expect(centre.channels.first { $0.kind == .phone }?.hours?.regular.count == 5)
    }

    @Test func aBrokenSeedFileIsNamedWithTheField() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["vocabulary.json", "units.json"] {
            try FileManager.default.copyItem(at: seedDirectory.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try Data(#"{"records": [{"id": "x", "name": "X", "kind": "scen", "capacity": "många"}]}"#.utf8)
            .write(to: directory.appendingPathComponent("premises.json"))
        do {
            _ = try SeedDataset.load(from: directory)
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.message.contains("premises.json"))
            #expect(error.message.contains("records[0].capacity"))
        }
    }

    @Test func anInvalidRecordLeavesThePreviousDataIntact() throws {
        let store = try seededStore()
        let before = try store.version()
        var changed = try #require(try store.premises(id: "barbacka-garaget")).item
        changed.name = "Garaget (nytt namn)"
        let broken = Premises(id: "trasig", name: "Trasig", kind: "rymdskepp")
        #expect(throws: StoreError.self) {
            try store.transaction { transaction in
                try transaction.put(changed)
                try transaction.put(broken)
            }
        }
        #expect(try store.premises(id: "barbacka-garaget")?.item.name == "Garaget")
        #expect(try store.premises(id: "trasig") == nil)
        #expect(try store.version() == before)
    }

    @Test func aDeadlineRuleWithAnImpossibleDayIsRefused() throws {
        let store = try seededStore()
        let rule = DeadlineRule(kind: .yearly, closes: .date(month: 13, day: 1), phrase: "1/13", confidence: 1)
        do {
            try store.transaction { try $0.put(Grant(id: "g1", name: "G", deadlineRules: [rule])) }
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.message.contains("grant 'g1'"))
            #expect(error.message.contains("deadline_rules"))
        }
        #expect(try store.grant(id: "g1") == nil)
    }

    @Test func unknownVocabularyCodesNameTheRecordAndField() throws {
        let store = try seededStore()
        do {
            try store.transaction { try $0.put(Premises(id: "p1", name: "P", kind: "scen", facilities: ["jacuzzi"])) }
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.message.contains("premises 'p1'"))
            #expect(error.message.contains("facilities"))
            #expect(error.message.contains("jacuzzi"))
        }
    }

    @Test func updatingARecordBumpsItsTimestampAndSearchText() throws {
        let store = try seededStore()
        let original = try #require(try store.premises(id: "barbacka-tivolirummet"))
        var changed = original.item
        changed.description = "Rum för körsång och stråkkvartetter."
        let later = original.provenance.updatedAt.addingTimeInterval(3600)
        let outcome = try store.transaction(now: later) { try $0.put(changed) }
        #expect(outcome == .updated)
        let reread = try #require(try store.premises(id: "barbacka-tivolirummet"))
        #expect(reread.item.description == changed.description)
        #expect(reread.provenance.updatedAt == later)
        #expect(reread.provenance.createdAt == original.provenance.createdAt)
        #expect(try store.searchPremises(PremisesQuery(text: "stråkkvartett")).ids == ["barbacka-tivolirummet"])
    }
}
