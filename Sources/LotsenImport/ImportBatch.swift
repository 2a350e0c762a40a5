import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

/// One import as a pipeline of named steps, each small enough to read and test on its own:
/// read (the readers hand over ``SourceRecord``s) → ``prepare(_:)`` (cap oversized fields, split names) →
/// ``normalize(_:)`` (a ``RecordBuilder`` per record) → ``stage(_:at:write:)`` (deduplicate, or merge a page's
/// mentions of one premises) → ``writeStaged(_:sourceId:)`` → ``finish(_:sourceId:runId:options:)``
/// (check enough was read, withdraw what the source no longer lists).
struct ImportBatch {
    let kind: RecordKind
    let uri: String
    let profile: ImportProfile
    let context: BuildContext
    /// A page may describe one premises in several places: merge them instead of refusing duplicates.
    let mergeDuplicates: Bool
    let maxFieldBytes: Int
    var report: ImportReport

    private var unmappedSeen: Set<String> = []
    private var seen: [String: (location: SourceLocation, hash: Int)] = [:]
    private var merged: [String: (premises: Premises, origin: String?, location: SourceLocation)] = [:]
    private var mergedOrder: [String] = []
    private var grants: [String: (grant: Grant, origin: String?)] = [:]
    private var grantOrder: [String] = []

    init(kind: RecordKind, uri: String, profile: ImportProfile, context: BuildContext, mergeDuplicates: Bool, maxFieldBytes: Int,
         report: ImportReport) {
        self.kind = kind
        self.uri = uri
        self.profile = profile
        self.context = context
        self.mergeDuplicates = mergeDuplicates
        self.maxFieldBytes = maxFieldBytes
        self.report = report
    }

    /// A record the normalize step built.
    enum Built {
        case premises(Premises, origin: String?)
        case grant(Grant, origin: String?)
    }

    mutating func reject(_ issue: RecordIssue) {
        report.rejected.append(issue)
        report.counts.rejected += 1
    }

    /// Step: a read record, with oversized fields cut (with a warning) and several names split into records.
    mutating func prepare(_ source: SourceRecord) -> [SourceRecord] {
        var source = source
        report.warnings += Importer.capFields(&source, maxBytes: maxFieldBytes)
        if let problem = source.problem {
            reject(RecordIssue(location: source.location, field: nil, message: problem))
            return []
        }
        return Importer.splitNames(source, profile: profile)
    }

    /// Step: the normalized record, or nil when it is rejected (the rejection names the file, line and field).
    mutating func normalize(_ record: SourceRecord) -> Built? {
        var builder = RecordBuilder(record, context: context)
        for label in builder.unmapped where unmappedSeen.insert(label).inserted { report.unmappedLabels.append(label) }
        do {
            defer { report.warnings += builder.warnings }
            switch kind {
            case .premises:
                let (premises, origin) = try builder.premises(requireKind: !mergeDuplicates)
                return .premises(premises, origin: origin)
            case .grants:
                let (grant, origin) = try builder.grant()
                return .grant(grant, origin: origin)
            }
        } catch {
            reject(error.issue)
            return nil
        }
    }

    /// Step: deduplicate or merge. Premises that need no merging are handed to `write` at once, so a large source
    /// streams; merged premises and grants wait for ``writeStaged(_:sourceId:)``.
    mutating func stage(_ built: Built, at location: SourceLocation, write: (Premises, String?) throws -> WriteOutcome) {
        switch built {
        case .premises(let premises, let origin) where mergeDuplicates:
            if let existing = merged[premises.id] {
                merged[premises.id] = (Importer.merge(existing.premises, premises), existing.origin ?? origin, existing.location)
            } else {
                merged[premises.id] = (premises, origin, location)
                mergedOrder.append(premises.id)
            }
        case .premises(let premises, let origin):
            guard isFirst(premises, at: location) else { return }
            do {
                report.counts.count(try write(premises, origin))
            } catch let error as StoreError {
                reject(RecordIssue(location: location, field: nil, message: error.message))
            } catch {
                reject(RecordIssue(location: location, field: nil, message: "\(error)"))
            }
        case .grant(let grant, let origin):
            if grants[grant.id] != nil {
                report.duplicates += 1
                report.warnings.append(RecordIssue(location: location, field: nil, message: "a second grant named '\(grant.name)'; skipped"))
                return
            }
            grants[grant.id] = (grant, origin)
            grantOrder.append(grant.id)
        }
    }

    /// True the first time a premises id is seen; a repeat with the same content is a skipped duplicate, with other
    /// content a rejection.
    private mutating func isFirst(_ premises: Premises, at location: SourceLocation) -> Bool {
        var hasher = Hasher()
        hasher.combine(premises.name)
        hasher.combine(premises.description)
        hasher.combine(premises.capacity)
        hasher.combine(premises.prices.map(\.amount))
        let contentHash = hasher.finalize()
        guard let earlier = seen[premises.id] else {
            seen[premises.id] = (location, contentHash)
            return true
        }
        if earlier.hash == contentHash {
            report.duplicates += 1
            report.warnings.append(RecordIssue(location: location, field: nil, message: "duplicate of \(earlier.location); skipped"))
        } else {
            reject(RecordIssue(location: location, field: nil, message: "same name and address as \(earlier.location) but different values"))
        }
        return false
    }

    /// Step: writes what waited for the whole source: merged premises (a kind still missing becomes `oklassad`,
    /// with a warning) and grants. Returns the grants written, for the calendar.
    mutating func writeStaged(_ transaction: StoreTransaction, sourceId: Int64) -> [CalendarGrant] {
        for id in mergedOrder {
            guard let entry = merged[id] else { continue }
            var premises = entry.premises
            if premises.kind.isEmpty {
                premises.kind = RecordBuilder.unclassifiedKind
                report.warnings.append(RecordIssue(location: entry.location, field: nil, message: RecordBuilder.missingKind(premises.name)))
            }
            put { try transaction.put(premises, originUrl: entry.origin, sourceId: sourceId) }
        }
        var written: [CalendarGrant] = []
        for id in grantOrder {
            guard let (grant, origin) = grants[id] else { continue }
            put { try transaction.put(grant, originUrl: origin, sourceId: sourceId) }
            // The calendar remembers the dates as stored: a deadline a person set, not the source's.
            written.append(CalendarGrant(grant: (try? transaction.storedGrant(id: grant.id)) ?? grant, url: origin))
        }
        return written
    }

    private mutating func put(_ write: () throws -> WriteOutcome) {
        do {
            report.counts.count(try write())
        } catch let error as StoreError {
            reject(RecordIssue(location: SourceLocation(file: uri), field: nil, message: error.message))
        } catch {
            reject(RecordIssue(location: SourceLocation(file: uri), field: nil, message: "\(error)"))
        }
    }

    /// Step: refuses a strict import with rejections or a source that yielded too little, then withdraws what the
    /// source no longer lists and closes the run.
    mutating func finish(_ transaction: StoreTransaction, sourceId: Int64, runId: Int64, options: ImportOptions) throws {
        if options.strict, !report.rejected.isEmpty {
            throw ImportError(
                "\(report.rejected.count) record(s) rejected and --strict is set; nothing was imported. First: \(report.rejected[0])",
                at: SourceLocation(file: uri))
        }
        try Importer.checkEnough(report, options: options, uri: uri)
        report.counts.withdrawn = try transaction.withdrawMissing(kind: kind, sourceId: sourceId, runId: runId)
        report.conflicts = transaction.conflicts
        try transaction.finishImportRun(runId, counts: report.counts)
    }
}
