import ArgumentParser
import Foundation
import LotsenImport
import LotsenStore

extension LotsenCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import listings of premises or grants (HTML, XML, CSV, JSON, text) into the store.",
            discussion: """
            SOURCE is a file, a folder of files, a profile folder (with profile.json), a folder of profiles \
            such as importers/, or an http(s) URL. Each source is imported in one transaction: a failure leaves \
            the previous data as it was. Records that disappear from a source are marked withdrawn, never deleted.

              lotsen import importers/
              lotsen import lokaler.csv --kind premises
              lotsen import sida.html --profile importers/kristianstad-barbacka --dry-run
            """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "Files, folders or URLs to import.") var sources: [String] = []
        @Option(help: "A profile: a folder under importers/ by name, or a path to one.") var profile: String?
        @Option(help: "What the source lists: premises or grants (a profile says it itself).") var kind: RecordKind?
        @Option(help: "html, xml, csv, json or text (default: from the file name).") var format: SourceFormat?
        @Flag(help: "Read and check everything, report, and write nothing.") var dryRun = false
        @Flag(help: "Fail the whole import when any record is rejected.") var strict = false
        @Flag(help: "Accept a source that yields no records, withdrawing everything it listed before.") var allowEmpty = false
        @Option(help: "The largest share of rejected records, 0–1, before the import fails and withdraws nothing (default 0.5).")
        var maxRejected: Double = 0.5
        @Flag(help: "Print the report as JSON (and no progress line).") var json = false
        @Flag(help: "Show the import log instead of importing.") var log = false

        func validate() throws {
            guard maxRejected.isFinite, (0...1).contains(maxRejected) else { throw ValidationError("--max-rejected must be between 0 and 1") }
        }

        func run() async throws {
            let opened = try store.open()
            if log {
                try printLog(opened)
                return
            }
            guard !sources.isEmpty || profile != nil else { throw ValidationError("name at least one SOURCE (or a --profile with a snapshot)") }
            var options = ImportOptions()
            options.kind = kind
            options.format = format
            options.dryRun = dryRun
            options.strict = strict
            options.allowEmpty = allowEmpty
            options.maxRejectedShare = maxRejected
            if let profile {
                let candidates = [URL(fileURLWithPath: profile), store.importersDirectory.appendingPathComponent(profile)]
                guard let directory = candidates.first(where: ImportProfile.exists(in:)) else {
                    throw ValidationError("no profile.json in \(candidates.map(\.path).joined(separator: " or "))")
                }
                options.profile = try ImportProfile.load(directory: directory)
            }
            let terminal = isatty(STDERR_FILENO) != 0
            if !json {
                options.progress = { progress in
                    let percent = progress.bytesTotal > 0 ? 100 * progress.bytesRead / progress.bytesTotal : 100
                    let line = "\r\(progress.source): \(progress.records) records (\(percent) %), \(Int(progress.recordsPerSecond)) records/s"
                    FileHandle.standardError.write(Data((terminal ? line : line.dropFirst() + "\n").utf8))
                }
            }
            var reports: [ImportReport] = []
            var failure: (any Error)?
            let targets = sources.isEmpty ? [options.profile!.directory!.path] : sources
            for source in targets {
                do {
                    reports += try await Importer(store: opened).run(source, options: options)
                } catch {
                    failure = error
                    if !json { FileHandle.standardError.write(Data("\(terminal ? "\n" : "")error: \(error)\n".utf8)) }
                    break
                }
            }
            if json {
                let encoder = JSONEncoder.lotsen
                encoder.outputFormatting.insert(.prettyPrinted)
                var output: [String: AnyEncodable] = ["reports": AnyEncodable(reports)]
                if let failure { output["error"] = AnyEncodable("\(failure)") }
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            } else {
                if terminal, !reports.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                for report in reports { print(Self.describe(report)) }
            }
            if failure != nil { throw ExitCode(1) }
        }

        static func describe(_ report: ImportReport) -> String {
            var lines = ["\(report.dryRun ? "[dry run] " : "")\(report.source) (\(report.format.rawValue)\(report.encoding.map { ", \($0.rawValue)" } ?? "")): \(report.summary)"
                + (report.duplicates > 0 ? ", \(report.duplicates) duplicates skipped" : "")
                + String(format: " in %.2f s", report.seconds)]
            lines += report.rejected.map { "  rejected \($0)" }
            lines += report.conflicts.map { "  kept hand edit \($0.record) '\($0.id)' \($0.field): \($0.kept) (the source says \($0.imported))" }
            lines += report.warnings.prefix(20).map { "  warning \($0)" }
            if report.warnings.count > 20 { lines.append("  … and \(report.warnings.count - 20) more warnings (see --json)") }
            if !report.unmappedLabels.isEmpty { lines.append("  ignored columns: " + report.unmappedLabels.joined(separator: ", ")) }
            return lines.joined(separator: "\n")
        }

        func printLog(_ store: Store) throws {
            let runs = try store.importRuns()
            if json {
                let encoder = JSONEncoder.lotsen
                encoder.outputFormatting.insert(.prettyPrinted)
                print(String(decoding: try encoder.encode(runs), as: UTF8.self))
                return
            }
            for run in runs {
                let counts = "\(run.added) added, \(run.updated) updated, \(run.unchanged) unchanged, \(run.withdrawn) withdrawn, \(run.rejected) rejected"
                print("#\(run.id) \(run.startedAt.formatted(.iso8601)) \(run.status) \(run.kind.rawValue) \(run.source) sha256:\(run.checksum.prefix(12)) \(run.status == "failed" ? run.error ?? "" : counts)")
            }
        }
    }
}

extension RecordKind: ExpressibleByArgument {}
extension SourceFormat: ExpressibleByArgument {}

/// Wraps values of different types for one JSON object.
struct AnyEncodable: Encodable {
    let encodeValue: (any Encoder) throws -> Void

    init(_ value: some Encodable) {
        encodeValue = value.encode(to:)
    }

    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
