import Foundation
@testable import LotsenImport
import LotsenModel
import LotsenStore
import Testing

/// The import pipeline's steps, each on its own: prepare, normalize, stage (deduplicate or merge).
@Suite struct ImportBatchTests {
    static let vocabulary = try! JSONDecoder().decode(
        Vocabulary.self,
        from: Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seed/vocabulary.json")))

    func batch(merge: Bool = false, maxFieldBytes: Int = 64 * 1024) -> ImportBatch {
        let profile = ImportProfile(name: "", kind: .premises)
        let context = BuildContext(profile: profile, matcher: VocabularyMatcher(Self.vocabulary), units: [], now: Date(), sourceURL: nil)
        let report = ImportReport(source: "lokaler.csv", profile: nil, kind: .premises, format: .csv, encoding: nil, checksum: "", dryRun: true)
        return ImportBatch(kind: .premises, uri: "lokaler.csv", profile: profile, context: context, mergeDuplicates: merge,
                           maxFieldBytes: maxFieldBytes, report: report)
    }

    func record(_ line: Int, _ values: [(String, String)], problem: String? = nil) -> SourceRecord {
        SourceRecord(location: SourceLocation(file: "lokaler.csv", line: line), values: values.map { .init(label: $0.0, value: $0.1) }, problem: problem)
    }

    @Test func prepareRejectsAnUnreadableRowAndCutsAHugeField() {
        var batch = batch(maxFieldBytes: 100)
        #expect(batch.prepare(record(2, [("Namn", "Salen")], problem: "too many fields")).isEmpty)
        #expect(batch.report.rejected.first?.location.line == 2)
        let prepared = batch.prepare(record(3, [("Namn", "Salen"), ("Beskrivning", String(repeating: "a", count: 500))]))
        #expect(prepared.count == 1 && prepared[0].values[1].value.utf8.count <= 100)
        #expect(batch.report.warnings.count == 1)
    }

    @Test func normalizeNamesTheFieldItCannotRead() {
        var batch = batch()
        #expect(batch.normalize(record(4, [("Namn", "Salen"), ("Typ", "Scen"), ("Antal personer", "många")])) == nil)
        #expect(batch.report.rejected.first?.field == "Antal personer")
        guard case .premises(let premises, _)? = batch.normalize(record(5, [("Namn", "Salen"), ("Typ", "Scen"), ("Antal personer", "ca 40")])) else {
            Issue.record("not built")
            return
        }
        #expect(premises.capacity == 40 && premises.kind == "scen")
    }

    @Test func stageSkipsAnIdenticalRowAndRejectsAConflictingOne() {
        var batch = batch()
        var written: [String] = []
        let same = Premises(id: "salen", name: "Salen", kind: "scen", capacity: 40)
        for (line, premises) in [(2, same), (3, same), (4, Premises(id: "salen", name: "Salen", kind: "scen", capacity: 80))] {
            batch.stage(.premises(premises, origin: nil), at: SourceLocation(file: "lokaler.csv", line: line)) { premises, _ in
                written.append(premises.id)
                return .added
            }
        }
        #expect(written == ["salen"])
        #expect(batch.report.duplicates == 1 && batch.report.counts.rejected == 1)
    }

    @Test func stageMergesAPagesMentionsOfOnePremises() {
        var batch = batch(merge: true)
        batch.stage(.premises(Premises(id: "salen", name: "Salen", kind: "", capacity: 40), origin: nil), at: SourceLocation(file: "sida.html")) { _, _ in .added }
        batch.stage(.premises(Premises(id: "salen", name: "Salen", kind: "scen", facilities: ["kok"]), origin: nil), at: SourceLocation(file: "sida.html")) { _, _ in
            Issue.record("a merged premises is written only with the staged ones")
            return .added
        }
        #expect(batch.report.counts.added == 0)
    }
}
