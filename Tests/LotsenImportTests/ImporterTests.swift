import Foundation
import LotsenModel
import LotsenStore
import Testing
@testable import LotsenImport

private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A store with the seed's vocabulary and units but no premises or grants.
private func emptyStore() throws -> Store {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-import-\(UUID().uuidString).db").path
    let store = try Store(path: path)
    try store.apply(SeedDataset.load(from: repository.appendingPathComponent("seed")))
    return store
}

private func write(_ text: String, name: String, encoding: String.Encoding = .utf8) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try text.data(using: encoding)!.write(to: url)
    return url.path
}

private func options(_ kind: RecordKind, strict: Bool = false, dryRun: Bool = false) -> ImportOptions {
    var options = ImportOptions()
    options.kind = kind
    options.strict = strict
    options.dryRun = dryRun
    return options
}

private let lokalerCSV = """
Lokal;Typ;Adress;Ort;Antal personer;Yta m²;Hyra;Utrustning;RWC;Hörslinga;Kontakt
Föreningslokalen Näsby;Samlingslokal;Näsbygatan 4, 291 60 Kristianstad;;ca 80 personer;120 m²;Taxa 1: 150 kr/tim, Taxa 3: 300 kr/tim;Kök, projektor och wifi;Ja;x;044-13 50 00
Mötesrummet;Möteslokal;storgatan 1;ÅHUS;max 12;;200 kr halvdag (max 4 tim);Projektor, whiteboard;Nej;;lokalbokning@kristianstad.se
Trasiga salen;Samlingslokal;Långgatan 9;Tollarp;många;;100 kr/tim;;;;
Rymdhamnen;Rymdskepp;Månvägen 1;Degeberga;10;;;;;;
Mötesrummet;Möteslokal;storgatan 1;ÅHUS;max 12;;200 kr halvdag (max 4 tim);Projektor, whiteboard;Nej;;lokalbokning@kristianstad.se

"""

@Suite struct ImporterTests {
    @Test func csvRowsAreNormalizedAndBadRowsNamed() throws {
        let store = try emptyStore()
        let path = try write(lokalerCSV, name: "lokaler.csv", encoding: .windowsCP1252)
        let report = try #require(try Importer(store: store).runLocal(path, options: options(.premises)).first)
        #expect(report.encoding == .windows1252)
        #expect(report.counts.added == 3)
        #expect(report.counts.rejected == 1)
        #expect(report.duplicates == 1)
        let capacity = try #require(report.rejected.first { $0.location.line == 4 })
        #expect(capacity.field == "Antal personer")
        #expect(capacity.message.contains("många"))
        // A kind the vocabulary does not know is imported for review, never rejected (issue 16).
        let kind = try #require(report.warnings.first { $0.location.line == 5 })
        #expect(kind.field == "Typ" && kind.message.contains("oklassad"))
        #expect(try store.allPremises().contains { $0.item.name == "Rymdhamnen" && $0.item.kind == "oklassad" })
        #expect(report.warnings.contains { $0.message.contains("whiteboard") })

        let hall = try #require(try store.premises(id: "foreningslokalen-nasby-nasbygatan-4"))
        #expect(hall.item.kind == "samlingslokal")
        #expect(hall.item.capacity == 80 && hall.item.capacityEstimated)
        #expect(hall.item.areaSquareMetres == 120)
        #expect(hall.item.address == Address(street: "Näsbygatan 4", postalCode: "291 60", district: "Kristianstad"))
        #expect(hall.item.prices == [Price(tariff: "taxa1", amount: 150, unit: .hour), Price(tariff: "taxa3", amount: 300, unit: .hour)])
        #expect(Set(hall.item.facilities) == ["kok", "projektor", "wifi", "horslinga"])
        #expect(hall.item.accessibility.accessibleToilet == true)
        #expect(hall.item.booking.phone == "+46 44 13 50 00")
        #expect(hall.provenance.source == path)
        #expect(hall.provenance.importRunId == report.runId)

        let room = try #require(try store.premises(id: "motesrummet-storgatan-1"))
        #expect(room.item.address.district == "Åhus")
        #expect(room.item.address.street == "Storgatan 1")
        #expect(room.item.prices == [Price(tariff: "taxa1", amount: 200, unit: .halfDay, note: "max 4 timmar")])
        #expect(room.item.description.contains("whiteboard"))
        #expect(room.item.booking.email == "lokalbokning@kristianstad.se")
    }

    @Test func strictFailsTheWholeImportAndLogsIt() throws {
        let store = try emptyStore()
        let path = try write(lokalerCSV, name: "lokaler.csv")
        #expect(throws: ImportError.self) { try Importer(store: store).runLocal(path, options: options(.premises, strict: true)) }
        #expect(try store.counts()["premises"] == 0)
        let log = try store.importRuns()
        #expect(log.first?.status == "failed")
        #expect(log.first?.error?.contains("--strict") == true)
    }

    @Test func reimportChangesNothingAndMissingRecordsAreWithdrawnThenRestored() throws {
        let store = try emptyStore()
        let full = "Namn;Typ;Ort\nSalen;Samlingslokal;Åhus\nRummet;Möteslokal;Åhus\n"
        let path = try write(full, name: "lokaler.csv")
        let importer = Importer(store: store)
        #expect(try importer.runLocal(path, options: options(.premises))[0].counts.added == 2)
        let revision = try store.version().revision

        let again = try importer.runLocal(path, options: options(.premises))[0]
        #expect(again.counts.unchanged == 2 && again.counts.added == 0 && again.counts.updated == 0)
        #expect(try store.version().revision == revision)

        try Data("Namn;Typ;Ort\nSalen;Samlingslokal;Åhus\n".utf8).write(to: URL(fileURLWithPath: path))
        let shorter = try importer.runLocal(path, options: options(.premises))[0]
        #expect(shorter.counts.withdrawn == 1)
        let withdrawn = try #require(try store.premises(id: "rummet"))
        #expect(withdrawn.item.withdrawnAt != nil)  // kept, not deleted
        #expect(try store.searchPremises(PremisesQuery(text: "rummet")).total == 0)

        try Data(full.utf8).write(to: URL(fileURLWithPath: path))
        let restored = try importer.runLocal(path, options: options(.premises))[0]
        #expect(restored.counts.updated == 1)
        #expect(try store.premises(id: "rummet")?.item.withdrawnAt == nil)
        #expect(try store.importRuns().count == 4)
    }

    @Test func aFailedImportLeavesThePreviousDataExactly() throws {
        let store = try emptyStore()
        let path = try write("Namn;Typ\nSalen;Samlingslokal\n", name: "lokaler.csv")
        _ = try Importer(store: store).runLocal(path, options: options(.premises))
        let before = try store.allPremises()
        let version = try store.version()
        // A changed row, then a quoted field that never closes: the whole import must roll back.
        try Data("Namn;Typ\nSalen;Möteslokal\nNy;Samlingslokal\n\"Trasig;Scen\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ImportError.self) { try Importer(store: store).runLocal(path, options: options(.premises)) }
        #expect(try store.allPremises() == before)
        #expect(try store.version() == version)
    }

    @Test func aRowWithMoreFieldsThanTheHeaderIsRejectedWithItsLine() throws {
        let store = try emptyStore()
        let path = try write("Namn;Typ\nSalen;Samlingslokal\nRummet;Möteslokal;extra;fält\n", name: "lokaler.csv")
        let report = try Importer(store: store).runLocal(path, options: options(.premises))[0]
        #expect(report.counts.added == 1)
        #expect(report.rejected.map(\.location.line) == [3])
        #expect(report.rejected.first?.message.contains("4 fields") == true)
    }

    @Test func dryRunWritesNothing() throws {
        let store = try emptyStore()
        let path = try write("Namn;Typ\nSalen;Samlingslokal\n", name: "lokaler.csv")
        let report = try Importer(store: store).runLocal(path, options: options(.premises, dryRun: true))[0]
        #expect(report.dryRun && report.counts.added == 1 && report.runId == nil)
        #expect(try store.counts()["premises"] == 0)
    }

    @Test func grantDeadlinesAreParsedStoredAndTheirMovesCounted() throws {
        let store = try emptyStore()
        func page(_ deadline: String) -> String {
            """
            # Hyresbidrag

            Bidrag till föreningar som hyr egna lokaler.

            \(deadline)

            Vem kan söka?

            - Föreningar
            """
        }
        let path = try write(page("Sista ansökningsdag: 15 februari"), name: "hyresbidrag.txt")
        _ = try Importer(store: store).runLocal(path, options: options(.grants))
        let grant = try #require(try store.grant(id: "hyresbidrag"))
        #expect(grant.item.deadlineRules.map(\.closes) == [.date(month: 2, day: 15)])
        #expect(grant.item.deadlineRules.first?.phrase == "Sista ansökningsdag: 15 februari")
        #expect(try store.calendarSequences().isEmpty)

        // The municipality moves the deadline: the same calendar entries get a higher SEQUENCE, no new UIDs.
        try page("Sista ansökningsdag: 20 februari").write(toFile: path, atomically: true, encoding: .utf8)
        let report = try Importer(store: store).runLocal(path, options: options(.grants))[0]
        #expect(report.counts.updated == 1)
        let sequences = try store.calendarSequences()
        #expect(!sequences.isEmpty)
        #expect(sequences.values.allSatisfy { $0 == 1 })
        #expect(sequences.keys.allSatisfy { $0.hasPrefix("deadline-hyresbidrag-") && $0.hasSuffix("-1@lotsen.kristianstad.se") })
        // Importing the same text again changes nothing.
        _ = try Importer(store: store).runLocal(path, options: options(.grants))
        #expect(try store.calendarSequences() == sequences)
    }

    @Test func jsonArrayOrObjectHoldingOne() throws {
        let store = try emptyStore()
        let json = """
        {"antal": 2, "lokaler": [
          {"namn": "Bygdegården Vånga", "typ": "bygdegård", "kapacitet": "ca 80", "tillgänglig": "Hiss och RWC", "utrustning": ["kök", "scen"]},
          {"namn": "Fritidsgården", "typ": "Samlingslokal", "kapacitet": 40, "hörslinga": true}
        ]}
        """
        let report = try Importer(store: store).runLocal(try write(json, name: "lokaler.json"), options: options(.premises))[0]
        #expect(report.counts.added == 2)
        let barn = try #require(try store.premises(id: "bygdegarden-vanga"))
        #expect(barn.item.kind == "samlingslokal")
        #expect(barn.item.accessibility == Accessibility(stepFree: true, accessibleToilet: true))
        #expect(Set(barn.item.facilities) == ["kok", "scen"])
        #expect(try store.premises(id: "fritidsgarden")?.item.facilities == ["horslinga"])
    }

    @Test func unreachableURLIsAClearError() async throws {
        let store = try emptyStore()
        do {
            _ = try await Importer(store: store).run("http://127.0.0.1:9/lokaler.csv", options: options(.premises))
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("http://127.0.0.1:9/lokaler.csv: cannot fetch"))
        }
    }

    @Test func theProfilesRebuildTheDefaultData() throws {
        let store = try emptyStore()
        let reports = try Importer(store: store).runLocal(repository.appendingPathComponent("importers").path, options: ImportOptions())
        #expect(reports.map(\.profile) == ["kristianstad-barbacka", "kristianstad-bidrag", "kristianstad-idrottsanlaggningar"])
        #expect(reports.allSatisfy { $0.rejected.isEmpty })
        #expect(try store.counts()["premises"] == 11)
        #expect(try store.counts()["grants"] == 12)

        // Three price tables and a section per room, merged into one record per room.
        let stage = try #require(try store.premises(id: "barbacka-stora-scenen")).item
        #expect(stage.kind == "scen" && stage.capacity == 150 && stage.capacityEstimated)
        #expect(stage.prices.count == 9)
        #expect(stage.prices.contains(Price(tariff: "taxa3", amount: 1100, unit: .halfDay, note: "max 4 timmar")))
        #expect(stage.booking.phone == "+46 44 13 56 50")
        #expect(stage.rentableBy == RentableBy(associations: true, privatePersons: false, youth: true))
        #expect(!stage.description.contains("Medborgarcenter"))  // the footer is not content
        // "Ateljén, Tivolirummet, Röda rummet" in one row: three rooms with the same hourly prices.
        for id in ["barbacka-ateljen", "barbacka-tivolirummet", "barbacka-roda-rummet"] {
            #expect(try store.premises(id: id)?.item.prices.contains(Price(tariff: "taxa3", amount: 100, unit: .hour)) == true)
        }
        // Windows-1252 CSV with a quoted newline and a closing date.
        let pool = try #require(try store.premises(id: "tivolibadet")).item
        #expect(pool.withdrawnAt == Date(timeIntervalSince1970: 1_664_496_000))
        #expect(pool.booking.note?.contains("31 mars.\nJustering") == true)
        #expect(try store.premises(id: "ahus-ip")?.item.address.district == "Åhus")

        let grant = try #require(try store.grant(id: "verksamhetsbidrag-kultur")).item
        #expect(grant.deadlineText == "Söks senast 31 oktober året före det år ansökan gäller.")
        #expect(try store.grant(id: "foreningsbidrag-omsorgen")?.item.ownerUnitId == "omsorg")
        #expect(try store.grant(id: "hyresbidrag")?.item.maxAmount == Money(amount: 40_000))
        #expect(try store.grant(id: "arrangorsstod-kultur")?.item.applicants.sorted() == ["forening", "grupp", "privatperson"])
    }

    /// The open-data export: numbers in columns of their own ("ca 15" is 15 and estimated, "50 kr" is 50).
    @Test func openDataExportHasNumericColumns() throws {
        let store = try emptyStore()
        _ = try Importer(store: store).runLocal(repository.appendingPathComponent("importers").path, options: ImportOptions())
        let text = String(decoding: try Exporter(store: store).export(.premises, format: .opendata), as: UTF8.self)
        let rows = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let ateljen = try #require(rows.first { $0.first == "barbacka-ateljen" })
        func value(_ column: String) -> String? { header.firstIndex(of: column).map { ateljen[$0] } }
        #expect(value("antal_personer") == "15" && value("antal_personer_uppskattat") == "true")
        #expect(value("pris_taxa1_kr_per_tim") == "50")
    }

    @Test func csvExportReadsBackUnchanged() throws {
        let store = try emptyStore()
        _ = try Importer(store: store).runLocal(repository.appendingPathComponent("importers").path, options: ImportOptions())
        let exporter = Exporter(store: store)
        let premisesPath = try write("", name: "lokaler.csv")
        try Data(try exporter.export(.premises, format: .csv)).write(to: URL(fileURLWithPath: premisesPath))
        let grantsPath = try write("", name: "bidrag.csv")
        try Data(try exporter.export(.grants, format: .csv)).write(to: URL(fileURLWithPath: grantsPath))

        let copy = try emptyStore()
        let premises = try Importer(store: copy).runLocal(premisesPath, options: options(.premises))[0]
        #expect(premises.rejected.isEmpty && premises.counts.added == 11)
        let grants = try Importer(store: copy).runLocal(grantsPath, options: options(.grants))[0]
        #expect(grants.rejected.isEmpty && grants.counts.added == 12)
        // The CSV has a column per tariff and unit, so prices come back grouped that way.
        func ordered(_ premises: Premises) -> Premises {
            var copy = premises
            copy.prices.sort { ($0.tariff, $0.unit.rawValue, $0.amount) < ($1.tariff, $1.unit.rawValue, $1.amount) }
            return copy
        }
        #expect(try copy.allPremises().map { ordered($0.item) } == store.allPremises().map { ordered($0.item) })
        #expect(try copy.allGrants().map(\.item) == store.allGrants().map(\.item))
    }
}

/// A broken export must never withdraw a whole source: empty, garbage and mostly-unreadable files fail and leave the data.
@Suite struct ImportSafetyTests {
    static let good = "Namn;Typ;Ort\nSalen;Samlingslokal;Åhus\nRummet;Möteslokal;Åhus\nHallen;Idrottshall;Tollarp\n"

    static func garbage() -> [UInt8] {
        var generator = SeededGenerator(seed: 42)
        return (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    @Test(arguments: ["empty", "header only", "blank lines", "garbage", "mostly rejected"])
    func aSourceThatYieldsTooLittleFailsAndWithdrawsNothing(kind: String) throws {
        let store = try emptyStore()
        let path = try write(Self.good, name: "lokaler.csv")
        _ = try Importer(store: store).runLocal(path, options: options(.premises))
        let before = try store.allPremises()
        let bytes: [UInt8] = switch kind {
        case "empty": []
        case "header only": Array("Namn;Typ;Ort\n".utf8)
        case "blank lines": Array("\n\n\n".utf8)
        case "garbage": Self.garbage()
        default: Array("Namn;Typ;Ort;Antal personer\nSalen;Samlingslokal;Åhus;många\nRummet;Möteslokal;Åhus;flera\nHallen;Idrottshall;Tollarp;12\n".utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ImportError.self) { try Importer(store: store).runLocal(path, options: options(.premises)) }
        #expect(error.description.contains("nothing was imported or withdrawn"), "\(error)")
        #expect(try store.allPremises() == before)
        #expect(try store.allPremises().allSatisfy { $0.item.withdrawnAt == nil })
        #expect(try store.importRuns().first?.status == "failed")
    }

    @Test func theOperatorCanSayTheListingIsReallyEmpty() throws {
        let store = try emptyStore()
        let path = try write(Self.good, name: "lokaler.csv")
        _ = try Importer(store: store).runLocal(path, options: options(.premises))
        try Data("Namn;Typ;Ort\n".utf8).write(to: URL(fileURLWithPath: path))
        var allow = options(.premises)
        allow.allowEmpty = true
        #expect(try Importer(store: store).runLocal(path, options: allow)[0].counts.withdrawn == 3)
    }

    @Test func evenAHighLimitNeverLetsAnUnreadableSourceWithdrawEverything() throws {
        let store = try emptyStore()
        let path = try write(Self.good, name: "lokaler.csv")
        _ = try Importer(store: store).runLocal(path, options: options(.premises))
        try Data("Namn;Typ;Antal personer\nRymden;Scen;många\nMånen;Scen;flera\n".utf8).write(to: URL(fileURLWithPath: path))
        var lenient = options(.premises)
        lenient.maxRejectedShare = 1
        let error = try #require(throws: ImportError.self) { try Importer(store: store).runLocal(path, options: lenient) }
        #expect(error.description.contains("none of the 2 records could be read"))
        #expect(try store.allPremises().allSatisfy { $0.item.withdrawnAt == nil })
    }

    @Test func theRejectedShareIsTheOperatorsToRaise() throws {
        let store = try emptyStore()
        let path = try write("Namn;Typ;Antal personer\nSalen;Samlingslokal;10\nRymden;Scen;många\nMånen;Scen;flera\n", name: "lokaler.csv")
        #expect(throws: ImportError.self) { try Importer(store: store).runLocal(path, options: options(.premises)) }
        var lenient = options(.premises)
        lenient.maxRejectedShare = 0.7
        let report = try Importer(store: store).runLocal(path, options: lenient)[0]
        #expect(report.counts.added == 1 && report.counts.rejected == 2)
    }

    @Test func aHugeFieldIsCutWithAWarningNamingTheRecord() throws {
        let store = try emptyStore()
        let huge = String(repeating: "Stor sal med scen och kök. ", count: 800_000 / 27) + "ååå"
        let path = try write("Namn;Typ;Beskrivning\nSalen;Samlingslokal;\(huge)\n", name: "lokaler.csv")
        let report = try Importer(store: store).runLocal(path, options: options(.premises))[0]
        let warning = try #require(report.warnings.first { $0.field == "Beskrivning" })
        #expect(warning.location.line == 2 && warning.message.contains("cut"))
        let stored = try #require(try store.premises(id: "salen"))
        #expect(stored.item.description.utf8.count <= 64 * 1024)
        #expect(stored.item.description.hasPrefix("Stor sal med scen"))
    }
}

/// A deterministic generator, so the garbage test reads the same bytes every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The HSDS 3 export: stable UUIDs, a unit's hours as weekly schedules, its premises as locations.
@Suite struct HSDSExportTests {
    @Test func unitsBecomeServicesWithSchedulesAndLocations() throws {
        let hours = OpeningHours(regular: [.init(weekday: 1, opens: LocalTime(hour: 8, minute: 0)!, closes: LocalTime(hour: 17, minute: 0)!)],
                                 exceptions: [], closedOnPublicHolidays: true)
        let unit = MunicipalUnit(id: "medborgarcenter", name: "Medborgarcenter", description: "En väg in.",
                                 channels: [ContactChannel(kind: .phone, value: "+46 44 13 50 00", hours: hours)])
        let premises = Premises(id: "rummet", name: "Rummet", kind: "moteslokal", ownerUnitId: "medborgarcenter",
                                address: Address(street: "Stora torg 1", postalCode: "291 32", district: "Kristianstad"))
        let services = HSDS.services(units: [unit], premises: [premises], municipality: "Kristianstads kommun")
        let service = try #require(services.first)
        #expect(service.id == HSDS.uuid("unit", "medborgarcenter"))
        #expect(service.id.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
        let json = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(service)) as? [String: Any])
        let schedule = try #require((json["schedules"] as? [[String: Any]])?.first)
        #expect(schedule["byday"] as? String == "MO" && schedule["opens_at"] as? String == "08:00" && schedule["freq"] as? String == "WEEKLY")
        let location = try #require(((json["service_at_locations"] as? [[String: Any]])?.first)?["location"] as? [String: Any])
        #expect(location["name"] as? String == "Rummet")
        #expect((location["addresses"] as? [[String: Any]])?.first?["postal_code"] as? String == "291 32")
        #expect((json["phones"] as? [[String: Any]])?.first?["number"] as? String == "+46 44 13 50 00")
    }
}
