import Foundation
@_spi(Benchmarks) import LotsenImport
import LotsenModel
import LotsenSQLite
import LotsenStore

/// `lotsen-bench import-csv [--rows N]`: writes a premises CSV of N rows the way a municipal export
/// looks (Swedish headers, `;`, prices and capacities as text), imports it into a new store with
/// normalization and index maintenance, and then loads the same file with sqlite3's own `.import`.
enum ImportBench {
    static func run(rows: Int, seedDirectory: URL) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-import-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("lokaler.csv")
        try writeCSV(rows: rows, to: csv)
        let size = (try FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        print("generated \(rows) rows, \(size / 1_000_000) MB")

        let store = try Store(path: directory.appendingPathComponent("lotsen.db").path)
        try store.apply(SeedDataset.load(from: seedDirectory))
        // Where the time goes: each stage alone, over the same file.
        let writeOnly = ProcessInfo.processInfo.environment["LOTSEN_BENCH_WRITE_ONLY"] != nil
        for (stage, body) in writeOnly ? [] : [
            ("read CSV", { try ImportPhases.readCSV(csv.path) }),
            ("read + build records", { try ImportPhases.buildPremises(csv.path, store: store) }),
            ("read + build + content digest", { try ImportPhases.buildAndDigestPremises(csv.path, store: store) }),
        ] as [(String, () throws -> Int)] {
            let clock = ContinuousClock()
            let start = clock.now
            let count = try body()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
            print(String(format: "  stage %@: %d rows in %.2f s = %.0f rows/s", stage, count, seconds, Double(count) / seconds))
        }
        if writeOnly {
            let (count, seconds) = try ImportPhases.writeOnly(csv.path, store: store)
            print(String(format: "  stage write prebuilt records: %d in %.2f s = %.0f rows/s", count, seconds, Double(count) / seconds))
            return
        }
        var options = ImportOptions()
        options.kind = .premises
        let clock = ContinuousClock()
        let start = clock.now
        let report = try Importer(store: store).runLocal(csv.path, options: options)[0]
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        print(String(format: "lotsen import: %d added, %d rejected in %.2f s = %.0f rows/s (parse, normalize, FTS and child tables, one transaction)",
                     report.counts.added, report.counts.rejected, seconds, Double(rows) / seconds))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory (max RSS of this process): \(usage.ru_maxrss / 1024) MB")

        // The same file through sqlite3's CSV import into one plain table: no parsing of values, no indexes.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let target = directory.appendingPathComponent("sqlite3.db").path
        sqlite.arguments = ["sqlite3", target, "-cmd", ".mode csv", "-cmd", ".separator ;", ".import \(csv.path) lokaler"]
        let sqliteStart = clock.now
        try sqlite.run()
        sqlite.waitUntilExit()
        let sqliteDuration = clock.now - sqliteStart
        let sqliteSeconds = Double(sqliteDuration.components.attoseconds) / 1e18 + Double(sqliteDuration.components.seconds)
        try sqliteFloor(rows: rows, directory: directory)
        print(String(format: "sqlite3 .import: %.2f s = %.0f rows/s (exit %d)", sqliteSeconds, Double(rows) / sqliteSeconds, sqlite.terminationStatus))
    }

    /// The floor SQLite itself sets on this machine, whatever the importer does: the premises rows alone
    /// (one prepared statement, bound values, no lookups, child rows or normalization), then the
    /// full-text index built for all of them in one set-based statement.
    static func sqliteFloor(rows: Int, directory: URL) throws {
        let database = try Database(path: directory.appendingPathComponent("floor.db").path)
        _ = try Schema.migrator.migrate(database)
        try database.execute("INSERT INTO premises_kinds(code, sv, en) VALUES ('samlingslokal', 'Samlingslokal', 'Assembly hall')")
        let clock = ContinuousClock()
        var rowsTime = Duration.zero, ftsTime = Duration.zero
        try database.transaction {
            var start = clock.now
            for number in 0..<rows {
                try database.run(
                    """
                    INSERT INTO premises(id, name, kind, street, postal_code, district, capacity, area_m2, rent_associations,
                        rent_private, rent_youth, booking_phone, booking_email, description, content_hash, created_at,
                        updated_at, last_seen_at)
                    VALUES (?, ?, 'samlingslokal', ?, '291 32', 'Åhus', 50, 120, 1, 1, 0, '+46 44 13 56 50',
                        'bokning@kristianstad.se', 'En ljus lokal med kök och scen för upp till femtio personer, nära bussen.',
                        ?, '2026-11-22', '2026-11-22', '2026-11-22')
                    """,
                    ["lokal-\(number)", "Lokal \(number)", "Storgatan \(number)", String(number, radix: 16)])
            }
            rowsTime = clock.now - start
            start = clock.now
            try database.execute(
                """
                INSERT INTO premises_fts(rowid, name, venue, kind, district, facilities, description)
                SELECT seq, name, '', 'Samlingslokal', district, 'Kök Projektor Wifi', description FROM premises
                """)
            ftsTime = clock.now - start
        }
        func perRow(_ duration: Duration) -> Double {
            (Double(duration.components.attoseconds) / 1e18 + Double(duration.components.seconds)) / Double(rows) * 1e6
        }
        print(String(format: "SQLite floor on this machine: premises rows alone %.1f µs/row, full-text index alone %.1f µs/row (= %.0f rows/s for both, before any parsing)",
                     perRow(rowsTime), perRow(ftsTime), 1e6 / (perRow(rowsTime) + perRow(ftsTime))))
    }

    static func writeCSV(rows: Int, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var generator = Generator(seed: 7)
        var buffer = "Lokal;Typ;Adress;Postnummer;Ort;Antal personer;Yta m²;Taxa 1 kr/tim;Taxa 3 kr/tim;Heldag;Utrustning;RWC;Hiss;Telefon;E-post;Beskrivning\r\n"
        let labels = Dictionary(uniqueKeysWithValues: Generator.facilities.map { ($0, $0 == "kok" ? "kök" : $0) })
        for number in 0..<rows {
            let premises = generator.premises(number)
            let facilities = premises.facilities.map { labels[$0]! }.joined(separator: ", ")
            let hourly = Int(premises.prices[0].amount)
            let fields: [String] = [
                premises.name, Generator.kinds.first { $0.code == premises.kind }!.words[0], premises.address.street!,
                premises.address.postalCode!, premises.address.district!.uppercased(),
                (number % 3 == 0 ? "ca " : "max ") + String(premises.capacity!), "\(Int(premises.areaSquareMetres!)) m²",
                "\(hourly) kr", "\(hourly * 3) kr", "\(hourly * 6) kr heldag (max 8 tim)", facilities,
                premises.accessibility.accessibleToilet == true ? "Ja" : "Nej", premises.accessibility.stepFree == true ? "x" : "",
                "044-13 \(number % 90 + 10) \(number % 89 + 10)", "bokning@kristianstad.se", "\"\(premises.description)\"",
            ]
            buffer += fields.joined(separator: ";") + "\r\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }
}
