import Foundation
import LotsenModel
import LotsenStore
import Testing
@testable import LotsenImport

private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func emptyStore() throws -> Store {
    let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-edit-\(UUID().uuidString).db").path)
    try store.apply(SeedDataset.load(from: repository.appendingPathComponent("seed")))
    return store
}

private func source(_ text: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-edit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent("lokaler.csv")
    try Data(text.utf8).write(to: url)
    return url.path
}

private func importPremises(_ store: Store, _ path: String) throws -> ImportReport {
    var options = ImportOptions()
    options.kind = .premises
    return try Importer(store: store).runLocal(path, options: options)[0]
}

private func patch(_ json: String, ifMatch: String?) -> RecordEdit {
    RecordEdit(mode: .merge, body: Data(json.utf8), ifMatch: ifMatch, actor: "token-eva")
}

/// Staff editing (issue 18): versions, the audit trail, and imports that keep what a person set.
@Suite struct HandEditTests {
    @Test func anEditNeedsTheCurrentVersionAndIsAuditedFieldByField() throws {
        let store = try emptyStore()
        _ = try importPremises(store, try source("Namn;Typ;Ort;Antal personer\nSalen;Samlingslokal;Åhus;80\n"))
        let (_, version) = try #require(try store.editable(.premises, id: "salen"))

        #expect(throws: EditFailure.versionRequired) { try store.edit(.premises, id: "salen", patch(#"{"capacity": 60}"#, ifMatch: nil)) }
        #expect(throws: EditFailure.versionMismatch(current: version)) {
            try store.edit(.premises, id: "salen", patch(#"{"capacity": 60}"#, ifMatch: "\"0000000000000000\""))
        }
        let outcome = try store.edit(.premises, id: "salen", patch(#"{"capacity": 60, "description": "Nymålad"}"#, ifMatch: "\"\(version)\""))
        #expect(outcome.fields == ["capacity", "description"])
        #expect(outcome.version != version)
        // The first editor's version is stale now: a second edit based on it is refused, and nothing changes.
        #expect(throws: EditFailure.versionMismatch(current: outcome.version)) {
            try store.edit(.premises, id: "salen", patch(#"{"capacity": 10}"#, ifMatch: "\"\(version)\""))
        }
        let stored = try #require(try store.premises(id: "salen"))
        #expect(stored.item.capacity == 60 && stored.item.description == "Nymålad")
        #expect(stored.provenance.editedFields == ["capacity", "description"])
        let audit = try store.auditTrail(.premises, id: "salen")
        #expect(audit.map(\.field).sorted() == ["capacity", "description"])
        let capacity = try #require(audit.first { $0.field == "capacity" })
        #expect(capacity.before == "80" && capacity.after == "60" && capacity.actor == "token-eva")
    }

    @Test func anInvalidEditIsRefusedNamingTheField() throws {
        let store = try emptyStore()
        _ = try importPremises(store, try source("Namn;Typ\nSalen;Samlingslokal\n"))
        let version = try #require(try store.editable(.premises, id: "salen")).version
        #expect(throws: EditFailure.self) { try store.edit(.premises, id: "salen", patch(#"{"kind": "rymdskepp"}"#, ifMatch: version)) }
        #expect(throws: EditFailure.self) { try store.edit(.premises, id: "salen", patch(#"{"capacity": "många"}"#, ifMatch: version)) }
        #expect(throws: EditFailure.notFound) { try store.edit(.premises, id: "finns-inte", patch("{}", ifMatch: "*")) }
        #expect(try store.auditTrail().isEmpty)
    }

    @Test func aReimportKeepsTheEditedFieldReportsTheConflictAndUpdatesTheRest() throws {
        let store = try emptyStore()
        let path = try source("Namn;Typ;Ort;Antal personer\nSalen;Samlingslokal;Åhus;80\n")
        _ = try importPremises(store, path)
        let version = try #require(try store.editable(.premises, id: "salen")).version
        _ = try store.edit(.premises, id: "salen", patch(#"{"capacity": 60}"#, ifMatch: version))

        try Data("Namn;Typ;Ort;Antal personer\nSalen;Samlingslokal;Tollarp;90\n".utf8).write(to: URL(fileURLWithPath: path))
        let report = try importPremises(store, path)
        #expect(report.conflicts == [HandEditConflict(record: "premises", id: "salen", field: "capacity", imported: "90", kept: "60")])
        let stored = try #require(try store.premises(id: "salen"))
        #expect(stored.item.capacity == 60)
        #expect(stored.item.address.district == "Tollarp")
    }

    @Test func aRecordWithdrawnByHandStaysWithdrawnWhenItsSourceStillListsIt() throws {
        let store = try emptyStore()
        let path = try source("Namn;Typ\nSalen;Samlingslokal\n")
        _ = try importPremises(store, path)
        let version = try #require(try store.editable(.premises, id: "salen")).version
        try store.withdraw(.premises, id: "salen", ifMatch: version, actor: "token-eva")
        let report = try importPremises(store, path)
        #expect(report.conflicts.map(\.field) == ["withdrawn_at"])
        #expect(try store.premises(id: "salen")?.item.withdrawnAt != nil)
        let changes = try store.changes(ChangeQuery(records: [.premises]))
        #expect(changes.map(\.kind) == [.withdrawn, .added], "\(changes)")
    }

    @Test func staffCanCreateAnEventWithItsDateTimeAndPlace() throws {
        let store = try emptyStore()
        let body = #"{"name": "Dialogkonferens 2027", "schedule": [{"month": 3}], "dates": ["2027-03-18"], "starts": "18:00", "ends": "21:00", "place": "Kulturkvarteret"}"#
        let outcome = try store.edit(.event, id: "dialog-2027", RecordEdit(mode: .replace, body: Data(body.utf8), ifMatch: nil, actor: "t"))
        #expect(outcome.created)
        let event = try #require(try store.calendarEvent(id: "dialog-2027"))
        #expect(event.dates == [LocalDate(year: 2027, month: 3, day: 18)] && event.starts == LocalTime(hour: 18, minute: 0))
        #expect(event.place == "Kulturkvarteret")
        #expect(try store.changes(ChangeQuery(records: [.event])).first?.recordId == "dialog-2027")
    }

    @Test func aMovedDeadlineIsLoggedAsSuch() throws {
        let store = try emptyStore()
        let grant = Grant(id: "hyresbidrag", name: "Hyresbidrag", deadlineText: "Ansök senast 1 mars.")
        try store.transaction { try $0.put(grant) }
        var moved = grant
        moved.deadlineText = "Ansök senast 15 mars."
        try store.transaction { try $0.put(moved) }
        let change = try #require(try store.changes(ChangeQuery(records: [.grant])).first)
        #expect(change.kind == .deadlineMoved && change.detail == "Ansök senast 15 mars.")
    }

    @Test func aClosedDayKeepsOnlyTheExceptionsFromImportsNotTheChannels() throws {
        let store = try emptyStore()
        var unit = try #require(try store.unit(id: "medborgarcenter"))
        let version = try #require(try store.editable(.unit, id: "medborgarcenter")).version
        let phone = try #require(unit.channels.firstIndex { $0.hours != nil })
        unit.channels[phone].hours?.exceptions = [OpeningHours.Exception(date: LocalDate(year: 2026, month: 12, day: 24)!, note: "Julafton")]
        let outcome = try store.edit(.unit, id: "medborgarcenter", RecordEdit(mode: .replace, body: try JSONEncoder.lotsen.encode(unit), ifMatch: version, actor: "t"))
        #expect(outcome.fields == ["channels.exceptions"])
        // The seed brings a new phone label: it is taken, and the closed day stays.
        var seed = try SeedDataset.load(from: repository.appendingPathComponent("seed"))
        let index = try #require(seed.units.firstIndex { $0.id == "medborgarcenter" })
        seed.units[index].channels[phone].label = "Växeln"
        try store.apply(seed)
        let after = try #require(try store.unit(id: "medborgarcenter"))
        #expect(after.channels[phone].label == "Växeln")
        #expect(after.channels[phone].hours?.exceptions.map(\.note) == ["Julafton"])
    }

    @Test func aGrantWithdrawnByHandIsNewsOnceAndComesBackOnlyWhenAnEditorSaysSo() throws {
        let store = try emptyStore()
        try store.transaction { try $0.put(Grant(id: "hyresbidrag", name: "Hyresbidrag", deadlineText: "Ansök senast 1 mars.")) }
        let version = try #require(try store.editable(.grant, id: "hyresbidrag")).version
        try store.withdraw(.grant, id: "hyresbidrag", ifMatch: version, actor: "t")
        let withdrawn = try #require(try store.editable(.grant, id: "hyresbidrag")).version
        #expect(withdrawn != version)  // the ETag tells the withdrawal
        try store.withdraw(.grant, id: "hyresbidrag", ifMatch: withdrawn, actor: "t")
        #expect(try store.auditTrail(.grant, id: "hyresbidrag").count == 1)  // a second DELETE changes nothing
        // Editing it while withdrawn keeps it withdrawn and is no news.
        let summary = try store.edit(.grant, id: "hyresbidrag", patch(#"{"summary": "Stöd till hyran"}"#, ifMatch: withdrawn))
        #expect(try store.changes(ChangeQuery(records: [.grant])).first?.kind == .withdrawn)
        #expect(try store.currentGrants().isEmpty)
        // Restoring is an edit that removes withdrawn_at.
        _ = try store.edit(.grant, id: "hyresbidrag", patch(#"{"withdrawn_at": null}"#, ifMatch: summary.version))
        #expect(try store.currentGrants().map(\.item.id) == ["hyresbidrag"])
    }

    @Test(arguments: [
        (#"{"name": "Träff", "schedule": [{"month": 3}], "starts": "21:00", "ends": "18:00"}"#, "träff"),
        (#"{"name": "Träff", "schedule": [{"month": 3}], "ends": "18:00"}"#, "traff"),
        (#"{"name": "Träff", "schedule": [{"month": 3}]}"#, "Bad Id/<x>&y"),
    ])
    func anInvalidNewEventIsRefused(body: String, id: String) throws {
        let store = try emptyStore()
        #expect(throws: EditFailure.self) { try store.edit(.event, id: id, RecordEdit(mode: .replace, body: Data(body.utf8), ifMatch: nil, actor: "t")) }
        #expect(try store.calendarEvent(id: id) == nil)
    }

    @Test func aWeakTagNeverMatches() throws {
        let store = try emptyStore()
        _ = try importPremises(store, try source("Namn;Typ\nSalen;Samlingslokal\n"))
        let version = try #require(try store.editable(.premises, id: "salen")).version
        #expect(throws: EditFailure.versionMismatch(current: version)) {
            try store.edit(.premises, id: "salen", patch(#"{"capacity": 5}"#, ifMatch: "W/\"\(version)\""))
        }
    }

    @Test func anEventRemovedByHandDoesNotComeBackWithTheSeed() throws {
        let store = try emptyStore()
        let event = try #require(try store.calendarEvents().first)
        let version = try #require(try store.editable(.event, id: event.id)).version
        try store.withdraw(.event, id: event.id, ifMatch: version, actor: "t")
        try store.apply(SeedDataset.load(from: repository.appendingPathComponent("seed")))
        #expect(try store.calendarEvent(id: event.id) == nil)
        // An editor can create it again.
        let body = try JSONEncoder.lotsen.encode(event)
        _ = try store.edit(.event, id: event.id, RecordEdit(mode: .replace, body: body, ifMatch: nil, actor: "t"))
        #expect(try store.calendarEvent(id: event.id) != nil)
    }
}
