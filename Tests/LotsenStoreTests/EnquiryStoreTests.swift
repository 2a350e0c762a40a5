import Foundation
import LotsenModel
import LotsenSQLite
import LotsenStore
import Testing

@Suite struct EnquiryStoreTests {
    let monday = Date(timeIntervalSince1970: 1_795_424_400)  // 2026-11-23 09:00 UTC

    @Test func anEnquiryGoesFromReceivedToClosedWithEveryChangeLogged() throws {
        let (catalogue, store) = try seededEnquiryStore()
        let revision = try catalogue.version().revision
        let person = EnquiryRecord.Person(name: "Anna Andersson", email: "anna@example.se", association: "Åhus IF", organisationNumber: "802400-1235")
        let created = try store.createEnquiry(
            NewEnquiry(text: "Vi behöver bygglov för en läktare", channel: "web", person: person), routedUnit: "bygg", confidence: 0.8, at: monday)
        #expect(created.reference == "KRS-2026-000001")
        #expect(created.status == .routed && created.assignedUnit == "bygg" && created.person == person)
        #expect(created.history.map(\.action) == ["created", "routed"])
        // Enquiries are not catalogue changes: caches keyed on the revision stay valid.
        #expect(try catalogue.version().revision == revision)

        let second = try store.createEnquiry(NewEnquiry(text: "Gatlampan är trasig"), routedUnit: "c4-teknik", confidence: 0.6, at: monday)
        #expect(second.reference == "KRS-2026-000002")

        let moved = try #require(try store.changeEnquiry(
            reference: created.reference, EnquiryChange(assignedUnit: "c4-teknik", status: .forwarded, note: "Läktaren står på kommunens mark"),
            by: "Eva (Medborgarcenter)", at: monday.addingTimeInterval(60)))
        #expect(moved.assignedUnit == "c4-teknik" && moved.status == .forwarded && moved.routedUnit == "bygg")
        #expect(moved.history.suffix(3).map(\.action) == ["reassigned", "status", "note"])
        #expect(moved.history.last?.actor == "Eva (Medborgarcenter)")
        #expect(moved.history[2].from == "bygg" && moved.history[2].to == "c4-teknik")
        #expect(try store.routingCorrections() == [RoutingCorrection(text: "Vi behöver bygglov för en läktare", routedTo: "bygg", correctedTo: "c4-teknik")])

        // Forward only; a closed enquiry takes notes only; unknown units are refused.
        #expect(throws: StoreError.self) { try store.changeEnquiry(reference: created.reference, EnquiryChange(status: .routed), by: "Eva") }
        #expect(throws: StoreError.self) { try store.changeEnquiry(reference: created.reference, EnquiryChange(assignedUnit: "nope"), by: "Eva") }
        let closed = try #require(try store.changeEnquiry(reference: created.reference, EnquiryChange(status: .closed), by: "Eva", at: monday.addingTimeInterval(120)))
        #expect(closed.closedAt != nil)
        #expect(throws: StoreError.self) { try store.changeEnquiry(reference: created.reference, EnquiryChange(assignedUnit: "bygg"), by: "Eva") }
        #expect(try store.changeEnquiry(reference: created.reference, EnquiryChange(note: "Svar skickat"), by: "Eva")?.history.last?.note == "Svar skickat")
        #expect(try store.changeEnquiry(reference: "KRS-2026-999999", EnquiryChange(note: "x"), by: "Eva") == nil)

        let open = try store.enquiries(status: .routed)
        #expect(open.total == 1 && open.items.map(\.reference) == [second.reference])
        #expect(try store.enquiries(unit: "c4-teknik").total == 2)
        #expect(try store.enquiries(email: "ANNA@example.se").items.map(\.reference) == [created.reference])
        #expect(try store.enquiries(olderThan: monday).total == 0)
    }

    @Test func purgeErasesPersonalDataOfEnquiriesClosedLongAgoAndKeepsTheRest() throws {
        let store = try seededEnquiryStore().enquiries
        let person = EnquiryRecord.Person(name: "Bo", email: "bo@example.se", phone: "070-123 45 67")
        let old = try store.createEnquiry(NewEnquiry(text: "Fråga om bidrag", person: person), routedUnit: "kultur-och-fritid", confidence: 0.9, at: monday)
        _ = try store.changeEnquiry(reference: old.reference, EnquiryChange(status: .closed, note: "Ringde Bo på 070-123 45 67"), by: "Eva", at: monday)
        let recent = try store.createEnquiry(NewEnquiry(text: "Fråga om lokal", person: person), routedUnit: "kultur-och-fritid", confidence: 0.9, at: monday)
        _ = try store.changeEnquiry(reference: recent.reference, EnquiryChange(status: .closed), by: "Eva", at: monday.addingTimeInterval(80 * 86_400))
        let stillOpen = try store.createEnquiry(NewEnquiry(text: "Fråga om skola", person: person), routedUnit: "barn-och-utbildning", confidence: 0.9, at: monday)

        // 90 days after the first was closed.
        let purged = try store.purgePersonalData(closedBefore: monday.addingTimeInterval(91 * 86_400 - 90 * 86_400), at: monday.addingTimeInterval(91 * 86_400))
        #expect(purged == 1)
        let erased = try #require(try store.enquiry(reference: old.reference))
        #expect(erased.person.isEmpty && erased.personalDataErasedAt != nil)
        #expect(erased.text == "Fråga om bidrag" && erased.assignedUnit == "kultur-och-fritid")
        #expect(erased.history.first { $0.action == "note" }?.note == "[raderad]")
        #expect(try store.enquiry(reference: recent.reference)?.person == person)
        #expect(try store.enquiry(reference: stillOpen.reference)?.person == person)
        // Running it again finds nothing new.
        #expect(try store.purgePersonalData(closedBefore: monday.addingTimeInterval(86_400)) == 0)
    }

    @Test func everythingAboutOneEmailCanBeErased() throws {
        let store = try seededEnquiryStore().enquiries
        _ = try store.createEnquiry(NewEnquiry(text: "A", person: .init(email: "c@example.se")), routedUnit: "bygg", confidence: 1, at: monday)
        _ = try store.createEnquiry(NewEnquiry(text: "B", person: .init(name: "C", email: "C@example.se")), routedUnit: "bygg", confidence: 1, at: monday)
        let other = try store.createEnquiry(NewEnquiry(text: "D", person: .init(email: "d@example.se")), routedUnit: "bygg", confidence: 1, at: monday)
        #expect(try store.erasePersonalData(email: "c@example.se") == 2)
        #expect(try store.enquiries(email: "c@example.se").total == 0)
        #expect(try store.enquiry(reference: other.reference)?.person.email == "d@example.se")
    }

    @Test func tokensAreStoredAsHashesAndCanBeRevoked() throws {
        let store = try seededEnquiryStore().enquiries
        let (token, secret) = try store.createToken(name: "Eva", role: .staff)
        #expect(secret.hasPrefix("lotsen_") && secret.count == 71)
        #expect(try store.token(secret: secret)?.id == token.id)
        #expect(try store.token(secret: secret + "x") == nil)
        #expect(try store.tokens().map(\.name) == ["Eva"])
        #expect(try store.revokeToken(id: token.id))
        #expect(try store.token(secret: secret)?.revokedAt != nil)
        #expect(try !store.revokeToken(id: "nope"))
    }

    @Test func staffSessionsEndWhenTheyExpireAreClosedOrTheirTokenIsRevoked() throws {
        let store = try seededEnquiryStore().enquiries
        let (eva, evasSecret) = try store.createToken(name: "Eva", role: .staff)
        let (ola, _) = try store.createToken(name: "Ola", role: .staff)
        let session = try store.openStaffSession(tokenId: eva.id, lifetime: 8 * 3600, at: monday)
        #expect(session.hasPrefix("session_") && session != evasSecret)
        #expect(try store.staffSession(secret: session, at: monday + 3600)?.name == "Eva")
        // The token is not a session, and a session is not a token.
        #expect(try store.staffSession(secret: evasSecret, at: monday) == nil)
        #expect(try store.token(secret: session) == nil)
        // Expired at its end.
        #expect(try store.staffSession(secret: session, at: monday + 8 * 3600) == nil)
        // Closed by signing out, the other one untouched.
        let first = try store.openStaffSession(tokenId: ola.id, lifetime: 3600, at: monday)
        let second = try store.openStaffSession(tokenId: ola.id, lifetime: 3600, at: monday)
        try store.closeStaffSession(secret: first)
        #expect(try store.staffSession(secret: first, at: monday) == nil)
        #expect(try store.staffSession(secret: second, at: monday)?.name == "Ola")
        // Revoking the token ends its sessions.
        try store.revokeToken(id: ola.id, at: monday)
        #expect(try store.staffSession(secret: second, at: monday) == nil)
    }

    @Test func organisationNumbersAreCheckedWithLuhn() {
        #expect(OrganisationNumber.normalized("802400-1235") == "802400-1235")
        #expect(OrganisationNumber.normalized("8024001235") == "802400-1235")
        #expect(OrganisationNumber.normalized("802400-1234") == nil)  // wrong check digit
        #expect(OrganisationNumber.normalized("212000-1181") == "212000-1181")
        #expect(OrganisationNumber.normalized("21200-1181") == nil)
        #expect(OrganisationNumber.normalized("abc") == nil)
    }
}

/// Enquiries and tokens live in their own file; a catalogue from before the split hands them over on first start.
@Suite struct EnquirySeparationTests {
    @Test func aNewCatalogueHoldsNoPersonalTables() throws {
        let (catalogue, enquiries) = try seededEnquiryStore()
        _ = try enquiries.createEnquiry(NewEnquiry(text: "Hej"), routedUnit: "medborgarcenter", confidence: 0.1)
        let database = try Database(path: catalogue.path, mode: .readOnly)
        let tables = try database.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) }
        #expect(!tables.contains { ["enquiries", "enquiry_events", "staff_tokens", "staff_sessions"].contains($0) })
        #expect(try database.queryFirst("SELECT count(*) FROM units") { $0.int(0) }! > 0)
    }

    /// A catalogue as versions before the split left it: the personal tables in the same file, with rows.
    static func legacyCatalogue(secret: String = "lotsen_secret", session: String = "session_secret") throws -> (path: String, database: Database) {
        let path = temporaryDatabasePath()
        let legacy = try Database(path: path)
        try Schema.migrator.migrate(legacy)
        try legacy.run("INSERT INTO staff_tokens VALUES ('t1', 'Eva', 'staff', ?, '2026-11-01T08:00:00Z', NULL)", [SHA256.hex(Array(secret.utf8))])
        try legacy.run("INSERT INTO staff_sessions VALUES (?, 't1', '2026-11-01T08:00:00Z', '2999-01-01T00:00:00Z')", [SHA256.hex(Array(session.utf8))])
        for (seq, text, email) in [(1, "Bygglov för läktare", "anna@example.se"), (2, "Gatlampan är trasig", nil)] as [(Int, String, String?)] {
            try addLegacyEnquiry(legacy, seq: seq, text: text, email: email)
        }
        return (path, legacy)
    }

    static func addLegacyEnquiry(_ legacy: Database, seq: Int, text: String, email: String?) throws {
        try legacy.run(
            """
            INSERT INTO enquiries(seq, reference, text, channel, email, status, routed_unit, confidence, assigned_unit, created_at, updated_at)
            VALUES (?, ?, ?, 'web', ?, 'routed', 'bygg', 0.8, 'bygg', '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z')
            """, [seq, "KRS-2026-00000\(seq)", text, email])
        try legacy.run("INSERT INTO enquiry_events(enquiry_seq, at, actor, action) VALUES (?, '2026-11-01T08:00:00Z', 'allmänheten', 'created')", [seq])
    }

    static func bytes(ofDatabase path: String) -> [UInt8] {
        ["", "-wal"].flatMap { suffix in (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path + suffix)))) ?? [] }
    }

    @Test func anOlderCatalogueHandsItsEnquiriesOverAndLosesNothing() throws {
        let secret = "lotsen_secret", session = "session_secret"
        let (path, legacy) = try Self.legacyCatalogue(secret: secret, session: session)
        #expect(Self.bytes(ofDatabase: path).firstRange(of: Array("anna@example.se".utf8)) != nil)
        let token = (id: "t1", name: "Eva")
        let first = (reference: "KRS-2026-000001", text: "Bygglov för läktare")

        let catalogue = try Store(path: path)
        let moved = try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: path), catalogue: catalogue)
        #expect(try moved.enquiries().items.map(\.text) == ["Gatlampan är trasig", first.text])
        #expect(try moved.enquiry(reference: first.reference)?.history.map(\.action) == ["created"])
        #expect(try moved.token(secret: secret)?.id == token.id)
        #expect(try moved.staffSession(secret: session) == nil)  // sessions are not moved: staff sign in once more
        #expect(try moved.enquiry(reference: first.reference)?.person.email == "anna@example.se")
        let tables = try legacy.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%enquir%'") { $0.text(0) }
        #expect(tables.isEmpty)
        // Not a trace left in the catalogue's file or its log: it can be published as it is.
        #expect(Self.bytes(ofDatabase: path).firstRange(of: Array("anna@example.se".utf8)) == nil)
        #expect(Self.bytes(ofDatabase: path).firstRange(of: Array("Bygglov för läktare".utf8)) == nil)

        // Numbering goes on; opening again copies nothing twice.
        let next = try moved.createEnquiry(NewEnquiry(text: "En till"), routedUnit: "medborgarcenter", confidence: 0.1)
        #expect(next.reference.hasSuffix("000003"))
        let again = try EnquiryStore(path: moved.path, catalogue: try Store(path: path))
        #expect(try again.enquiries().total == 3)
    }

    @Test func aMoveCutShortIsFinishedOnTheNextStartWithRowsWrittenMeanwhile() throws {
        let (path, legacy) = try Self.legacyCatalogue()
        let catalogue = try Store(path: path)
        let enquiryPath = EnquiryStore.defaultPath(besideCatalogue: path)
        // An import holds the catalogue: the copy is made, the drop waits for the next start, the start is not refused.
        let importer = try Database(path: path)
        try importer.execute("BEGIN IMMEDIATE")
        let first = try EnquiryStore(path: enquiryPath, catalogue: catalogue)
        try importer.execute("ROLLBACK")
        #expect(try first.enquiries().total == 2)
        #expect(try legacy.queryFirst("SELECT count(*) FROM enquiries", [], { $0.int(0) }) == 2)
        // An old process still running writes one more enquiry into the catalogue before it stops.
        try Self.addLegacyEnquiry(legacy, seq: 3, text: "Sent från den gamla versionen", email: "sen@example.se")
        let second = try EnquiryStore(path: enquiryPath, catalogue: try Store(path: path))
        #expect(try second.enquiries().items.map(\.reference) == ["KRS-2026-000003", "KRS-2026-000002", "KRS-2026-000001"])
        #expect(try second.enquiry(reference: "KRS-2026-000003")?.history.map(\.action) == ["created"])
        #expect(try legacy.queryFirst("SELECT count(*) FROM sqlite_master WHERE name = 'enquiries'", [], { $0.int(0) }) == 0)
    }

    @Test func twoDifferentEnquiriesWithOneNumberAreNeverMerged() throws {
        let (path, legacy) = try Self.legacyCatalogue()
        let enquiryPath = EnquiryStore.defaultPath(besideCatalogue: path)
        // The enquiry file already took its own enquiry 1 (a fresh start before the old catalogue was restored).
        let fresh = try EnquiryStore(path: enquiryPath)
        _ = try fresh.createEnquiry(NewEnquiry(text: "Någon annans fråga"), routedUnit: "medborgarcenter", confidence: 0.1)
        let error = try #require(throws: StoreError.self) { try EnquiryStore(path: enquiryPath, catalogue: try Store(path: path)) }
        #expect(error.description.contains("nothing was moved"))
        #expect(try fresh.enquiries().items.map(\.text) == ["Någon annans fråga"])
        #expect(try legacy.queryFirst("SELECT count(*) FROM enquiries", [], { $0.int(0) }) == 2)
    }

    @Test func anEnquiryIsStoredWhileTheCatalogueIsLockedForWriting() throws {
        let (catalogue, enquiries) = try seededEnquiryStore()
        let importer = try Database(path: catalogue.path)
        try importer.execute("BEGIN IMMEDIATE")
        defer { try? importer.execute("ROLLBACK") }
        let record = try enquiries.createEnquiry(NewEnquiry(text: "Hej"), routedUnit: "medborgarcenter", confidence: 0.1)
        #expect(try enquiries.changeEnquiry(reference: record.reference, EnquiryChange(assignedUnit: "bygg"), by: "Eva")?.assignedUnit == "bygg")
    }

    @Test(arguments: [("lotsen.db", "lotsen-enquiries.db"), ("/var/lib/lotsen/katalog.sqlite", "/var/lib/lotsen/katalog-enquiries.sqlite"),
                      ("data/lotsen", "data/lotsen-enquiries.db")])
    func theEnquiryFileSitsBesideTheCatalogue(catalogue: String, expected: String) {
        #expect(EnquiryStore.defaultPath(besideCatalogue: catalogue) == expected)
    }
}
