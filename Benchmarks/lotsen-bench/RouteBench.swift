import Foundation
import LotsenAPI
import LotsenGuide
import LotsenImport
import LotsenRouting
import LotsenStore

/// `lotsen-bench route [--rounds R]`: routing latency per enquiry over the labelled sets in evaluation/,
/// the router alone and the whole answer (route, contact with open-now, grants, premises) on the seeded store.
enum RouteBench {
    static func run(root: URL, rounds: Int) throws {
        let router = try Router(contentsOf: root.appendingPathComponent("seed/routing.json"))
        var texts: [String] = []
        for file in ["enquiries", "holdout", "blind", "blind-2", "blind-3"] {
            texts += try LabelledEnquiry.load(from: root.appendingPathComponent("evaluation/\(file).tsv")).map(\.text)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-route-bench-\(UUID().uuidString).db").path
        let enquiriesPath = EnquiryStore.defaultPath(besideCatalogue: path)
        defer {
            for file in [path, enquiriesPath] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        }
        let store = try Store(path: path)
        try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
        let guide = EnquiryGuide(store: store, enquiries: try EnquiryStore(path: enquiriesPath, catalogue: store), router: router)
        let now = Date()
        _ = try guide.answer(Enquiry(text: texts[0]), at: now)  // builds the grant index and the search snapshot

        let clock = ContinuousClock()
        var routeTimes: [Duration] = [], answerTimes: [Duration] = []
        for _ in 0..<rounds {
            for text in texts {
                var start = clock.now
                _ = router.route(Enquiry(text: text))
                routeTimes.append(clock.now - start)
                start = clock.now
                _ = try guide.answer(Enquiry(text: text), at: now)
                answerTimes.append(clock.now - start)
            }
        }
        report("router alone (\(texts.count) enquiries × \(rounds))", routeTimes)
        report("whole answer with contact, grants and premises", answerTimes)
    }

    static func report(_ name: String, _ times: [Duration]) {
        let sorted = times.sorted()
        func micro(_ d: Duration) -> String {
            String(format: "%.0f µs", Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12)
        }
        let mean = sorted.reduce(Duration.zero, +) / sorted.count
        print("\(name): mean \(micro(mean)), p50 \(micro(sorted[sorted.count / 2])), p99 \(micro(sorted[sorted.count * 99 / 100])), max \(micro(sorted.last!)) (target 1 ms)")
    }
}
