import Foundation
import Hummingbird
import HummingbirdTesting
import LotsenAPI
import LotsenModel
import LotsenStore

/// Search latency on a generated store: `swift run -c release lotsen-bench [--keep PATH]`.
/// Import speed of a generated CSV: `swift run -c release lotsen-bench import-csv [--rows N]`.
@main
struct LotsenBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        if arguments.dropFirst().first == "import-csv" {
            let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("seed")
            try ImportBench.run(rows: Int(value("--rows") ?? "") ?? 100_000, seedDirectory: seed)
            return
        }
        if arguments.dropFirst().first == "route" {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            try RouteBench.run(root: root, rounds: Int(value("--rounds") ?? "") ?? 20)
            return
        }
        if arguments.dropFirst().first == "calendar" {
            try CalendarBench.run(grants: Int(value("--grants") ?? "") ?? 20_000, rounds: Int(value("--rounds") ?? "") ?? 20)
            return
        }
        let premisesCount = Int(value("--premises") ?? "") ?? 100_000
        let grantsCount = Int(value("--grants") ?? "") ?? 20_000
        let rounds = Int(value("--rounds") ?? "") ?? 200
        let keep = value("--keep")
        let path = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-bench-\(UUID().uuidString).db").path
        defer {
            if keep == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let seedDirectory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seed")

        let store = try Store(path: path)
        if try store.isEmpty() {
            let clock = ContinuousClock()
            let start = clock.now
            try store.apply(SeedDataset.load(from: seedDirectory))
            var generator = Generator(seed: 2026)
            try store.transaction { transaction in
                for number in 0..<premisesCount { try transaction.put(generator.premises(number)) }
                for number in 0..<grantsCount { try transaction.put(generator.grant(number)) }
            }
            print("generated \(premisesCount) premises and \(grantsCount) grants in \(format(clock.now - start))")
        }
        let counts = try store.counts()
        print("store: \(counts["premises"] ?? 0) premises, \(counts["grants"] ?? 0) grants at \(path)")

        let clock = ContinuousClock()
        let indexStart = clock.now
        _ = try store.searchPremises(PremisesQuery())
        print("premises index built in \(format(clock.now - indexStart))")

        // A mix of common and rare words, alone and with filters, as associations search.
        let queries = [
            "q=scen", "q=scen&min_capacity=50", "q=lokal", "q=kök", "q=föreningslokal&district=Åhus",
            "q=idrottshall&facility=omkladningsrum&facility=dusch", "q=bygdegard", "q=folkets+hus&sort=capacity",
            "q=konsertsal&accessible=true", "q=teatersal&max_price=200", "q=lindens+ateljé+tollarp",
            "q=sporthall&near=56.03,14.15&radius_km=10", "q=hörslinga", "q=mötesrum&min_capacity=100&district=Vä",
            "q=bench", "q=körsång", "q=ishall&sort=name", "q=simhall",
        ]

        // The store alone: text match, filters, facets, ordering and loading one page of records.
        var storeTimes: [Duration] = []
        var matchCounts: [String: Int] = [:]
        let router = LotsenAPI.buildRouter(store: store)
        for round in 0..<rounds {
            for query in queries {
                let text = query.split(separator: "&").first { $0.hasPrefix("q=") }
                    .map { String($0.dropFirst(2)).replacingOccurrences(of: "+", with: " ") }
                let premisesQuery = PremisesQuery(text: text)
                let start = clock.now
                let result = try store.searchPremises(premisesQuery)
                storeTimes.append(clock.now - start)
                if round == 0 { matchCounts[text ?? ""] = result.total }
            }
        }
        report("store.searchPremises (q only)", storeTimes)
        print("  matches per word: " + matchCounts.sorted { $0.value > $1.value }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))

        // The whole route in-process: query parsing, search with filters, JSON encoding, ETag.
        // Each round asks a different `offset`, so no answer comes from the response cache.
        let app = Application(router: router)
        let (routeTimes, cachedTimes) = try await app.test(.router) { client in
            var times: [Duration] = []
            for round in 0..<rounds {
                for query in queries {
                    let start = clock.now
                    try await client.execute(uri: "/v1/premises?\(query)&offset=\(round)", method: .get) { response in
                        precondition(response.status == .ok, "\(query): \(response.status)")
                    }
                    times.append(clock.now - start)
                }
            }
            var cached: [Duration] = []
            for _ in 0..<rounds {
                for query in queries {
                    let start = clock.now
                    try await client.execute(uri: "/v1/premises?\(query)&limit=20", method: .get) { _ in }
                    cached.append(clock.now - start)
                }
            }
            return (times, cached)
        }
        report("GET /v1/premises?q=… in-process (router, uncached)", routeTimes)
        report("GET /v1/premises?q=… in-process (router, repeated: response cache)", cachedTimes)

        var grantTimes: [Duration] = []
        for _ in 0..<rounds {
            for text in ["bidrag", "kultur", "aktivitetsstöd åhus", "hyresbidrag"] {
                let start = clock.now
                _ = try store.searchGrants(GrantQuery(text: text))
                grantTimes.append(clock.now - start)
            }
        }
        report("store.searchGrants", grantTimes)
    }

    static func report(_ name: String, _ times: [Duration]) {
        let sorted = times.sorted()
        func percentile(_ p: Double) -> Duration { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        print("\(name): n=\(sorted.count) p50=\(format(percentile(0.5))) p90=\(format(percentile(0.9))) p99=\(format(percentile(0.99))) max=\(format(sorted.last!))")
    }

    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return milliseconds < 1000 ? String(format: "%.3f ms", milliseconds) : String(format: "%.2f s", milliseconds / 1000)
    }
}
