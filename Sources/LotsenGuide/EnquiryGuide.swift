import Foundation
import LotsenCalendar
import LotsenModel
import LotsenRouting
import LotsenStore
import Synchronization

/// Answers enquiries from the router, the store's units, grants and premises. Units and grant terms are read
/// once per store revision; the revision itself is looked up at most once a second, so an import shows in
/// answers within a second and a busy phone line does not ask SQLite the same thing thousands of times.
public final class EnquiryGuide: Sendable {
    public let store: Store
    /// Where enquiries, staff tokens and sessions are kept (a database apart from the catalogue).
    public let enquiries: EnquiryStore
    public let router: Router
    private let state = Mutex(State())

    private struct State {
        var snapshot: Snapshot?
        var checkedAt = ContinuousClock.now
        /// The revision a background task is reading, if one is.
        var rebuilding: Int?
        /// After a failed read, no new one before this instant.
        var retryAfter: ContinuousClock.Instant?
    }

    /// Held while the first snapshot is built.
    private let firstBuild = Mutex(())

    /// What answers need from the catalogue, as of one revision.
    struct Catalogue: Sendable {
        let revision: Int
        let units: [String: MunicipalUnit]
        let grants: GrantMatch.Index
        let premises: PremisesTerms
    }

    /// What answers need: the catalogue and the router with what staff corrections taught. A class, so handing it to
    /// a request is one reference count, not one per array and dictionary (those counts are shared by every core).
    final class Snapshot: Sendable {
        let catalogue: Catalogue
        let correctionsVersion: Int64
        let router: Router

        var units: [String: MunicipalUnit] { catalogue.units }
        var grants: GrantMatch.Index { catalogue.grants }
        var premises: PremisesTerms { catalogue.premises }

        init(catalogue: Catalogue, correctionsVersion: Int64, router: Router) {
            self.catalogue = catalogue
            self.correctionsVersion = correctionsVersion
            self.router = router
        }
    }

    /// How many ranked units, and how many reasons each, an answer shows.
    static let unitsShown = 3, reasonsShown = 4

    /// Topic id → the kinds of direct answer it allows (`grants`, `premises`).
    private let answersByTopic: [String: [String]]
    /// The service catalogue's entries by id, for the answer's short text and pointer.
    private let topicsById: [String: RoutingKnowledge.Topic]

    public init(store: Store, enquiries: EnquiryStore, router: Router) {
        self.store = store
        self.enquiries = enquiries
        self.router = router
        self.answersByTopic = Dictionary(router.knowledge.topics.map { ($0.id, $0.answers) }, uniquingKeysWith: { first, _ in first })
        self.topicsById = Dictionary(router.knowledge.topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public convenience init(store: Store, enquiries: EnquiryStore, routingFile: URL) throws {
        self.init(store: store, enquiries: enquiries, router: try Router(contentsOf: routingFile))
    }

    public func answer(_ enquiry: Enquiry, at instant: Date) throws -> RouteAnswer {
        let current = try currentSnapshot()
        let route = current.router.route(enquiry)
        var contact: RouteAnswer.Contact?
        if let best = route.best, let unit = current.units[best.unitId] {
            let channels = unit.channels.map { channel in
                RouteAnswer.Contact.Channel(kind: channel.kind, value: channel.value, label: channel.label, openNow: channel.hours?.status(at: instant))
            }
            let statuses = channels.compactMap(\.openNow)
            contact = RouteAnswer.Contact(
                unitId: unit.id, name: unit.name, channels: channels, openNow: statuses.isEmpty ? nil : statuses.contains { $0.isOpen })
        }
        // Direct answers only for the kinds the leading topics can be answered with, and of those what the question
        // asks for: money is answered with grants, a place with premises.
        let facts = QuestionFacts(enquiry.text)
        let allowed = Set(route.units.prefix(3).flatMap { answersByTopic[$0.topic] ?? [] })
        let today = instant.localDateAndTime(in: .stockholm).0
        // A question asking for money is answered with grants wherever it was routed, if a grant shares its words.
        // Even when the router is unsure, a question asking for money that names what a grant is for gets that grant.
        let wantsGrants = facts.asksForMoney || (!route.fallback && allowed.contains("grants") && !facts.asksForPlace)
        let grants = wantsGrants ? GrantMatch.best(
            for: facts, words: route.wordTerms + audienceTerms(facts, current.router), in: current.grants, unit: route.best?.unitId,
            today: today, byNameOnly: route.fallback) : []
        let wishes = current.premises.wishes(facts)
        // A question asking for a place by a kind the catalogue has ("istider", "en scen") gets premises wherever it went.
        // So does one saying it needs what only a place has ("Fotbollsföreningen behöver konstgräs med omklädningsrum").
        let namesKind = (facts.asksForPlace && wishes.features.contains { !$0.kinds.isEmpty })
            || (facts.saysNeed && !facts.asksForMoney && !wishes.features.isEmpty)
        let wantsPremises = namesKind || (!route.fallback && allowed.contains("premises") && (facts.asksForPlace || !facts.asksForMoney))
        let (premises, note) = wantsPremises ? current.premises.answer(facts, wishes: wishes, terms: route.terms) : ([], nil)
        let reading = RouteAnswer.Reading(
            capacity: facts.capacity, capacityWords: facts.capacityWords, places: wishes.places, features: wishes.features.map(\.word),
            asksForMoney: facts.asksForMoney, asksForPlace: facts.asksForPlace)
        // People act on the first few units and reasons; the rest is noise in the answer.
        var shown = route
        shown.units = route.units.prefix(Self.unitsShown).map { unit in
            var unit = unit
            unit.reasons = Array(unit.reasons.prefix(Self.reasonsShown))
            return unit
        }
        let service = route.fallback ? nil : route.best.flatMap { best in topicsById[best.topic] }.map { topic in
            RouteAnswer.Service(id: topic.id, name: topic.name, answer: topic.answer, link: topic.link)
        }
        return RouteAnswer(route: shown, service: service, contact: contact, grants: grants, premises: premises, premisesNote: note, reading: reading)
    }

    /// What a stated age says of the audience: "de flesta är över 65" speaks of pensioners.
    private func audienceTerms(_ facts: QuestionFacts, _ router: Router) -> [[String]] {
        facts.statesSeniorAge ? [router.analyzer.terms("pensionärer")] : []
    }

    /// The snapshot answers use now. The revision is checked at most once a second. When the catalogue has changed
    /// (an import), the old snapshot keeps answering while one background task reads the new one: rebuilding for
    /// 100,000 premises takes seconds, and no enquiry should wait for it. Staff corrections only retrain the router,
    /// which is quick, and take effect at once. Only the first answers wait, for the one first snapshot.
    private func currentSnapshot() throws -> Snapshot {
        let now = ContinuousClock.now
        let (previous, checkedAt) = state.withLock { ($0.snapshot, $0.checkedAt) }
        if let previous, now - checkedAt < .seconds(1) { return previous }
        let revision = try store.version().revision
        let correctionsVersion = try enquiries.correctionsVersion()
        guard let previous else { return try firstSnapshot(revision: revision, correctionsVersion: correctionsVersion) }
        var current = previous
        if previous.correctionsVersion != correctionsVersion {
            current = Snapshot(catalogue: previous.catalogue, correctionsVersion: correctionsVersion, router: try learnedRouter())
        }
        let startRebuild = state.withLock { state -> Bool in
            // Only over the snapshot this request read: a newer one stored meanwhile (by the background task) stays.
            if state.snapshot === previous { state.snapshot = current }
            state.checkedAt = now
            guard let stored = state.snapshot, stored.catalogue.revision != revision, state.rebuilding == nil,
                  state.retryAfter.map({ now >= $0 }) ?? true
            else { return false }
            state.rebuilding = revision
            return true
        }
        if startRebuild { rebuildCatalogueInBackground(revision: revision) }
        return current
    }

    /// The first snapshot, built once: requests arriving meanwhile wait for it rather than each building their own.
    private func firstSnapshot(revision: Int, correctionsVersion: Int64) throws -> Snapshot {
        try firstBuild.withLock { _ in
            if let built = state.withLock({ $0.snapshot }) { return built }
            let fresh = Snapshot(catalogue: try readCatalogue(revision: revision), correctionsVersion: correctionsVersion, router: try learnedRouter())
            state.withLock { $0.snapshot = fresh; $0.checkedAt = .now }
            return fresh
        }
    }

    private func rebuildCatalogueInBackground(revision: Int) {
        Task.detached(priority: .utility) { [self] in
            let result = Result { try readCatalogue(revision: revision) }
            state.withLock { state in
                state.rebuilding = nil
                switch result {
                case .success(let catalogue):
                    state.retryAfter = nil
                    guard let current = state.snapshot, current.catalogue.revision < catalogue.revision else { return }
                    state.snapshot = Snapshot(catalogue: catalogue, correctionsVersion: current.correctionsVersion, router: current.router)
                case .failure(let error):
                    // Answers go on from the snapshot at hand; the catalogue is read again in half a minute.
                    state.retryAfter = .now + .seconds(30)
                    FileHandle.standardError.write(Data("lotsen: reading the catalogue for answers failed (\(error)); retrying in 30 s\n".utf8))
                }
            }
        }
    }

    /// Units, grants and premises as of `revision`, indexed for answers.
    private func readCatalogue(revision: Int) throws -> Catalogue {
        let analyzer = router.analyzer
        return Catalogue(
            revision: revision,
            units: Dictionary(try store.units().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            grants: GrantMatch.Index(try store.currentGrants(), vocabulary: try? store.vocabulary(), analyzer: analyzer),
            premises: PremisesTerms(try store.allPremises().filter { $0.item.withdrawnAt == nil }.map(\.item),
                                    vocabulary: try? store.vocabulary(), analyzer: analyzer))
    }

    /// The hand-written rules plus what staff corrections taught.
    private func learnedRouter() throws -> Router {
        let corrections = try enquiries.routingCorrections().map { ($0.text, $0.routedTo, $0.correctedTo) }
        return corrections.isEmpty ? router
            : Router(knowledge: router.knowledge, learned: LearnedWeights.learn(from: corrections, analyzer: router.analyzer))
    }

    /// Makes the next answer look at the store again at once (after a correction, for example), not up to a second later.
    public func refresh() { state.withLock { $0.checkedAt = .now - .seconds(2) } }

    /// Routes a validated enquiry, stores it assigned to the best unit (Medborgarcenter when unsure) and returns
    /// the stored record with the answer given to the person who asked.
    public func submit(_ new: NewEnquiry, at instant: Date) throws -> (record: EnquiryRecord, answer: RouteAnswer) {
        let answer = try answer(Enquiry(text: new.text, topic: new.topic), at: instant)
        let routed = answer.route.best?.unitId ?? router.knowledge.fallbackUnit
        let record = try enquiries.createEnquiry(new, routedUnit: routed, confidence: answer.route.confidence, at: instant)
        return (record, answer)
    }
}
