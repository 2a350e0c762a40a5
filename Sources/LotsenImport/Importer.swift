import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

/// How one import behaves.
public struct ImportOptions: Sendable {
    public var profile: ImportProfile?
    public var kind: RecordKind?
    public var format: SourceFormat?
    /// Read, check and count everything, then roll back.
    public var dryRun = false
    /// Fail the whole import when any record is rejected.
    public var strict = false
    /// Accept a source that yields no records (and so withdraws everything it listed before). Off by default: an
    /// empty or unreadable file is far more often a broken export than a municipality with no premises left.
    public var allowEmpty = false
    /// The largest share of records (0–1) that may be rejected before the whole import fails and nothing is withdrawn.
    public var maxRejectedShare = 0.5
    /// The most bytes one field's text keeps; longer text is cut at a character boundary, with a warning naming the record.
    public var maxFieldBytes = 64 * 1024
    /// Called now and then during long imports.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    public init() {}
}

/// Where a long import is.
public struct ImportProgress: Sendable {
    public var source: String
    public var records: Int
    public var bytesRead: Int
    public var bytesTotal: Int
    public var recordsPerSecond: Double
}

/// What one import did to one source.
public struct ImportReport: Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case source, profile, kind, format, encoding, checksum, runId = "run_id", dryRun = "dry_run", counts
        case duplicates, rejected = "rejections", warnings, unmappedLabels = "unmapped_labels", seconds, conflicts
    }

    public var source: String
    public var profile: String?
    public var kind: RecordKind
    public var format: SourceFormat
    public var encoding: TextEncoding?
    public var checksum: String
    public var runId: Int64?
    public var dryRun: Bool
    public var counts = ImportCounts()
    /// Records that repeated an earlier one with the same key and the same content.
    public var duplicates = 0
    public var rejected: [RecordIssue] = []
    public var warnings: [RecordIssue] = []
    /// Source labels no field was found for (ignored).
    public var unmappedLabels: [String] = []
    public var seconds: Double = 0
    /// Fields the source would have changed but a person had set by hand: the person's value was kept.
    public var conflicts: [HandEditConflict] = []

    /// "premises: 3 added, 1 updated, 7 unchanged, 0 withdrawn, 1 rejected".
    public var summary: String {
        "\(kind.rawValue): \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged, "
            + "\(counts.withdrawn) withdrawn, \(counts.rejected) rejected"
    }
}

/// Imports listings into the store: each source in one transaction, logged as an import run.
///
/// ```swift
/// let reports = try await Importer(store: store).run("importers/", options: ImportOptions())
/// ```
public struct Importer: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Imports a file, a folder of files, a profile folder, a folder of profile folders (`importers/`) or a URL.
    public func run(_ source: String, options: ImportOptions) async throws -> [ImportReport] {
        if let url = URL(string: source), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            let bytes = try await Fetcher.fetch(url)
            let format = try options.format ?? options.profile?.format ?? SourceFormat.guess(fromPath: url.path)
                ?? Self.sniff(bytes, file: source)
            return [try importDocuments([(source, bytes)], uri: source, format: format, options: options, sourceURL: source)]
        }
        return try runLocal(source, options: options)
    }

    /// ``run(_:options:)`` for files and folders, without suspending.
    public func runLocal(_ source: String, options: ImportOptions) throws -> [ImportReport] {
        let url = URL(fileURLWithPath: source).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportError("no such file or folder", at: SourceLocation(file: source))
        }
        guard isDirectory.boolValue else {
            return [try importFile(url, uri: url.path, options: options)]
        }
        if ImportProfile.exists(in: url) {
            var options = options
            options.profile = try ImportProfile.load(directory: url)
            return [try importProfile(options)]
        }
        let children = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let profiles = children.filter(ImportProfile.exists(in:))
        if !profiles.isEmpty {
            var reports: [ImportReport] = []
            for directory in profiles {
                var options = options
                options.profile = try ImportProfile.load(directory: directory)
                reports.append(try importProfile(options))
            }
            return reports
        }
        return try children.filter { SourceFormat.guess(fromPath: $0.path) != nil }.map {
            try importFile($0, uri: $0.path, options: options)
        }
    }

    /// Imports a profile's snapshot (a file, or a folder of pages that together are one source).
    func importProfile(_ options: ImportOptions) throws -> ImportReport {
        guard let profile = options.profile, let directory = profile.directory, let snapshot = profile.snapshot else {
            throw ImportError("the profile names no snapshot", at: SourceLocation(file: options.profile?.name ?? "profile"))
        }
        let url = directory.appendingPathComponent(snapshot)
        let uri = "importers/\(directory.lastPathComponent)/\(snapshot)"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportError("the snapshot '\(snapshot)' does not exist", at: SourceLocation(file: directory.appendingPathComponent("profile.json").path))
        }
        if isDirectory.boolValue {
            let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                .filter { SourceFormat.guess(fromPath: $0.path) != nil }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            let documents = try files.map { ("\(uri)/\($0.lastPathComponent)", try Self.readBytes($0)) }
            guard let format = profile.format ?? files.first.flatMap({ SourceFormat.guess(fromPath: $0.path) }) else {
                throw ImportError("the snapshot folder holds no readable files", at: SourceLocation(file: uri))
            }
            return try importDocuments(documents, uri: uri, format: format, options: options, sourceURL: nil)
        }
        return try importFile(url, uri: uri, options: options)
    }

    func importFile(_ url: URL, uri: String, options: ImportOptions) throws -> ImportReport {
        let format = try options.format ?? options.profile?.format ?? SourceFormat.guess(fromPath: url.path)
            ?? Self.sniff(try Self.readBytes(url), file: url.path)
        if format == .csv {
            return try importCSV(url, uri: uri, options: options)
        }
        return try importDocuments([(uri, try Self.readBytes(url))], uri: uri, format: format, options: options, sourceURL: nil)
    }

    static func readBytes(_ url: URL) throws -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Markup.maximumBytes else {
            throw ImportError("the file is \(size) bytes; documents of at most \(Markup.maximumBytes) are read", at: SourceLocation(file: url.path))
        }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw ImportError("cannot read the file (\(error.localizedDescription))", at: SourceLocation(file: url.path))
        }
    }

    /// The format of content with no telling file name.
    static func sniff(_ bytes: [UInt8], file: String) throws -> SourceFormat {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).trimmingSpaces.lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        if head.hasPrefix("<?xml") || head.hasPrefix("<") { return head.contains("<html") || head.contains("<body") ? .html : .xml }
        if head.hasPrefix("[") || head.hasPrefix("{") { return .json }
        throw ImportError("cannot tell the format; name it with --format or a file extension", at: SourceLocation(file: file))
    }

    // MARK: Documents

    /// HTML, XML, JSON and text: read whole (they are capped in size), records with the same key merged.
    func importDocuments(
        _ documents: [(file: String, bytes: [UInt8])], uri: String, format: SourceFormat, options: ImportOptions, sourceURL: String?
    ) throws -> ImportReport {
        let kind = try Self.kind(options)
        var records: [SourceRecord] = []
        var encoding: TextEncoding?
        var hash = SHA256()
        for (file, bytes) in documents {
            hash.update(bytes)
            switch format {
            case .html:
                let outline = Outline(html: try Markup.parseHTML(bytes, file: file))
                records += kind == .grants ? [RecordExtractor.grantPage(from: outline, file: file)]
                    : RecordExtractor.premises(from: outline, file: file)
            case .text:
                let decoded = TextDecoding.decodeDocument(bytes)
                encoding = decoded.encoding
                let outline = Outline(text: decoded.text, lineBreaks: kind == .premises)
                records += kind == .grants ? [RecordExtractor.grantPage(from: outline, file: file)]
                    : RecordExtractor.premises(from: outline, file: file, plainText: true)
            case .xml:
                records += RecordExtractor.xml(try Markup.parseXML(bytes, file: file), file: file, recordElement: options.profile?.recordElement)
            case .json:
                records += try RecordExtractor.json(bytes, file: file)
            case .csv:
                let reader = try CSVReader(bytes: bytes, file: file)
                encoding = reader.encoding
                records += try Self.csvRecords(reader)
            }
        }
        let checksum = documents.count == 1 ? SHA256.hex(documents[0].bytes) : hash.finalizeHex()
        var index = 0
        return try write(
            uri: uri, kind: kind, format: format, encoding: encoding, checksum: checksum, options: options,
            sourceURL: sourceURL, mergeDuplicates: true, progressTotal: (records.count, records.count)
        ) {
            defer { index += 1 }
            return index < records.count ? records[index] : nil
        }
    }

    static func csvRecords(_ reader: CSVReader) throws -> [SourceRecord] {
        var records: [SourceRecord] = []
        let next = try csvStream(reader)
        while let record = try next() { records.append(record) }
        return records
    }

    /// Records from CSV rows: the first row names the columns.
    static func csvStream(_ reader: CSVReader) throws -> () throws -> SourceRecord? {
        guard let header = try reader.next() else { return { nil } }
        let labels = header.fields.map(\.trimmingSpaces)
        return {
            while let row = try reader.next() {
                let location = SourceLocation(file: reader.file, line: row.line)
                if row.fields.count > labels.count, row.fields[labels.count...].contains(where: { !$0.trimmingSpaces.isEmpty }) {
                    return SourceRecord(location: location, values: [],
                                        problem: "the row has \(row.fields.count) fields, more than the \(labels.count) the header names")
                }
                if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
                return SourceRecord(location: location, values: zip(labels, row.fields).map { .init(label: $0, value: $1) })
            }
            return nil
        }
    }

    // MARK: CSV

    /// CSV streams: one row in memory at a time, whatever the file's size.
    func importCSV(_ url: URL, uri: String, options: ImportOptions) throws -> ImportReport {
        let kind = try Self.kind(options)
        let reader = try CSVReader(path: url.path, file: uri)
        let next = try Self.csvStream(reader)
        return try write(
            uri: uri, kind: kind, format: .csv, encoding: reader.encoding, checksum: reader.checksum, options: options,
            sourceURL: nil, mergeDuplicates: false, progressTotal: nil, bytes: { (reader.bytesConsumed, reader.totalBytes) },
            next: next)
    }

    static func kind(_ options: ImportOptions) throws -> RecordKind {
        if let kind = options.kind ?? options.profile?.kind { return kind }
        throw ImportError("say what the source lists: --kind premises or --kind grants (or use a profile)")
    }

    // MARK: Writing

    private struct DryRunFinished: Error {
        let report: ImportReport
    }

    /// Builds, checks and writes every record in one transaction, withdraws what the source no longer
    /// lists, and logs the run. On any error nothing is written and the failure is logged.
    func write(
        uri: String, kind: RecordKind, format: SourceFormat, encoding: TextEncoding?, checksum: String, options: ImportOptions,
        sourceURL: String?, mergeDuplicates: Bool, progressTotal: (Int, Int)?, bytes: (() -> (Int, Int))? = nil,
        next: () throws -> SourceRecord?
    ) throws -> ImportReport {
        let started = Date()
        let clock = ContinuousClock()
        let start = clock.now
        let profile = options.profile ?? ImportProfile(name: "", kind: kind)
        var report = ImportReport(
            source: uri, profile: options.profile?.name, kind: kind, format: format, encoding: encoding, checksum: checksum,
            dryRun: options.dryRun)
        let context = BuildContext(
            profile: profile, matcher: VocabularyMatcher(try store.vocabulary()), units: try store.units(), now: started,
            sourceURL: sourceURL)
        let fetchedAt = profile.fetchedAt.flatMap { LocalDate(iso: $0) }.map { Date(timeIntervalSince1970: Double($0.dayNumber) * 86_400) } ?? started
        do {
            report = try store.transaction(now: started) { transaction in
                let sourceId = try transaction.source(uri: uri, title: profile.title, fetchedAt: fetchedAt, checksum: checksum)
                let runId = try transaction.beginImportRun(sourceId: sourceId, profile: options.profile?.name, kind: kind, checksum: checksum)
                var batch = ImportBatch(kind: kind, uri: uri, profile: profile, context: context, mergeDuplicates: mergeDuplicates,
                                        maxFieldBytes: options.maxFieldBytes, report: report)
                batch.report.runId = runId
                var count = 0
                var lastProgress = clock.now
                while let source = try next() {
                    count += 1
                    for record in batch.prepare(source) {
                        guard let built = batch.normalize(record) else { continue }
                        batch.stage(built, at: record.location) { premises, origin in
                            try transaction.put(premises, originUrl: origin, sourceId: sourceId)
                        }
                    }
                    if let progress = options.progress, clock.now - lastProgress > .milliseconds(500) {
                        lastProgress = clock.now
                        let (done, total) = bytes?() ?? progressTotal ?? (count, count)
                        progress(ImportProgress(source: uri, records: count, bytesRead: done, bytesTotal: total,
                                                recordsPerSecond: Double(count) / max(Self.seconds(clock.now - start), 0.001)))
                    }
                }
                let grants = batch.writeStaged(transaction, sourceId: sourceId)
                try transaction.recordCalendarDates(GrantCalendar.remembered(grants, today: started.localDateAndTime(in: .stockholm).0))
                try batch.finish(transaction, sourceId: sourceId, runId: runId, options: options)
                batch.report.seconds = Self.seconds(clock.now - start)
                if options.dryRun { throw DryRunFinished(report: batch.report) }
                return batch.report
            }
        } catch let finished as DryRunFinished {
            var report = finished.report
            report.runId = nil
            return report
        } catch {
            try? store.logFailedImport(source: uri, profile: options.profile?.name, kind: kind, checksum: checksum,
                                       startedAt: started, error: "\(error)")
            throw error
        }
        return report
    }

    /// Refuses an import that would withdraw a whole source because the file came out empty or mostly unreadable
    /// (a 0-byte export, the wrong file, random bytes): the transaction rolls back and the previous data stays.
    static func checkEnough(_ report: ImportReport, options: ImportOptions, uri: String) throws {
        let accepted = report.counts.added + report.counts.updated + report.counts.unchanged + report.duplicates
        let rejected = report.counts.rejected
        if accepted == 0, !options.allowEmpty {
            let why = rejected == 0 ? "the source yielded no records" : "none of the \(rejected) records could be read"
            let first = report.rejected.first.map { " First: \($0)" } ?? ""
            throw ImportError(
                "\(why); nothing was imported or withdrawn (if the listing really is empty now, import it with --allow-empty).\(first)",
                at: SourceLocation(file: uri))
        }
        let share = rejected == 0 ? 0 : Double(rejected) / Double(accepted + rejected)
        if share > options.maxRejectedShare {
            let first = report.rejected.first.map { " First: \($0)" } ?? ""
            throw ImportError(
                "\(rejected) of \(accepted + rejected) records rejected (\(String(format: "%.0f", share * 100)) %, more than the \(String(format: "%.0f", options.maxRejectedShare * 100)) % allowed); nothing was imported or withdrawn (raise the limit with --max-rejected).\(first)",
                at: SourceLocation(file: uri))
        }
    }

    /// Cuts every value longer than `maxBytes` of UTF-8 at the last whole character that fits; one warning per cut.
    static func capFields(_ record: inout SourceRecord, maxBytes: Int) -> [RecordIssue] {
        var warnings: [RecordIssue] = []
        for index in record.values.indices where record.values[index].value.utf8.count > maxBytes {
            let value = record.values[index].value
            var kept = 0
            let cut = value.prefix { character in
                kept += character.utf8.count
                return kept <= maxBytes
            }
            record.values[index].value = String(cut)
            warnings.append(RecordIssue(
                location: record.location, field: record.values[index].label,
                message: "the text is \(value.utf8.count) bytes; cut to the first \(cut.utf8.count) (at most \(maxBytes) are kept)"))
        }
        return warnings
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// "Ateljén, Tivolirummet, Röda rummet" as one table row stands for three records (when the profile says so).
    static func splitNames(_ record: SourceRecord, profile: ImportProfile) -> [SourceRecord] {
        guard profile.splitNameLists == true,
              let index = record.values.firstIndex(where: { ($0.field ?? profile.field(for: $0.label)) == .name }) else {
            return [record]
        }
        let names = VocabularyMatcher.listItems(record.values[index].value)
        guard names.count > 1 else { return [record] }
        return names.map { name in
            var copy = record
            copy.values[index].value = name
            return copy
        }
    }

    /// One premises described in several places of a page (a price table per unit, a section per room).
    static func merge(_ first: Premises, _ second: Premises) -> Premises {
        var merged = first
        if merged.kind.isEmpty { merged.kind = second.kind }
        merged.prices += second.prices.filter { !first.prices.contains($0) }
        merged.facilities += second.facilities.filter { !first.facilities.contains($0) }
        merged.venue = merged.venue ?? second.venue
        merged.ownerUnitId = merged.ownerUnitId ?? second.ownerUnitId
        merged.address.street = merged.address.street ?? second.address.street
        merged.address.postalCode = merged.address.postalCode ?? second.address.postalCode
        merged.address.district = merged.address.district ?? second.address.district
        merged.location = merged.location ?? second.location
        if merged.capacity == nil {
            merged.capacity = second.capacity
            merged.capacityEstimated = second.capacityEstimated
        }
        merged.areaSquareMetres = merged.areaSquareMetres ?? second.areaSquareMetres
        merged.accessibility.stepFree = merged.accessibility.stepFree ?? second.accessibility.stepFree
        merged.accessibility.accessibleToilet = merged.accessibility.accessibleToilet ?? second.accessibility.accessibleToilet
        merged.booking.phone = merged.booking.phone ?? second.booking.phone
        merged.booking.email = merged.booking.email ?? second.booking.email
        merged.booking.url = merged.booking.url ?? second.booking.url
        merged.booking.note = merged.booking.note ?? second.booking.note
        if !second.description.isEmpty, !merged.description.contains(second.description) {
            merged.description = merged.description.isEmpty ? second.description : merged.description + "\n" + second.description
        }
        merged.withdrawnAt = merged.withdrawnAt ?? second.withdrawnAt
        return merged
    }
}
