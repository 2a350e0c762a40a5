import Foundation
import LotsenModel
import LotsenSQLite

/// An in-memory snapshot of the attributes premises are filtered, faceted and sorted on.
///
/// Full-text matching stays in SQLite (FTS5); everything else runs over these arrays, so a
/// search costs the same whether a word matches ten rows or all of them. The snapshot is
/// rebuilt when the store's revision changes (any write, from any process).
struct PremisesIndex: Sendable {
    struct Price: Sendable {
        let tariff: Int32
        let unit: LotsenModel.Price.Unit
        let amount: Double
    }

    let revision: Int
    // Vocabulary, in code order; rows refer to positions.
    let kindCodes: [String]
    let kindLabels: [String]
    let facilityCodes: [String]
    let facilityLabels: [String]
    let tariffCodes: [String]
    /// The stems of each kind's and facility's label and synonyms (folded), in code order: what a searcher may
    /// type for them ("sporthall", "bassäng", "teleslinga").
    var kindStems: [[String]] = []
    var facilityStems: [[String]] = []

    // One entry per row.
    var seq: [Int64] = []
    /// Position of each row in Swedish name order, so sorting compares integers, not strings.
    var nameRank: [Int32] = []
    var district: [Int32] = []           // index into districtLabels, -1 when unknown
    var kind: [Int32] = []
    var capacity: [Int32] = []           // -1 when unknown
    var accessible: [Bool] = []
    var latitude: [Double] = []          // .nan when unknown
    var longitude: [Double] = []
    var updatedAt: [Double] = []         // seconds since 1970
    var withdrawn: [Bool] = []
    var facilityBits: [UInt64] = []      // `facilityWords` words per row
    var prices: [[Price]] = []
    var districtLabels: [String] = []
    var districtFolded: [String] = []
    /// Row of a premises `seq`, or -1.
    var rowOfSeq: [Int32] = []
    /// The full-text postings of the same rows.
    var text = TermPostings()

    var facilityWords: Int { max(1, (facilityCodes.count + 63) / 64) }
    var count: Int { seq.count }

    static func load(_ database: Database, revision: Int) throws -> PremisesIndex {
        func terms(_ table: String) throws -> [(String, String, String)] {
            try database.query("SELECT code, sv, synonyms FROM \(table) ORDER BY code") { ($0.text(0), $0.text(1), $0.text(2)) }
        }
        let kinds = try terms("premises_kinds"), facilities = try terms("facilities"), tariffs = try terms("tariffs")
        var index = PremisesIndex(
            revision: revision, kindCodes: kinds.map(\.0), kindLabels: kinds.map(\.1),
            facilityCodes: facilities.map(\.0), facilityLabels: facilities.map(\.1), tariffCodes: tariffs.map(\.0))
        index.kindStems = kinds.map { Self.stems(label: $0.1, synonyms: $0.2) }
        index.facilityStems = facilities.map { Self.stems(label: $0.1, synonyms: $0.2) }
        let kindPosition = Dictionary(uniqueKeysWithValues: index.kindCodes.enumerated().map { ($1, Int32($0)) })
        let facilityPosition = Dictionary(uniqueKeysWithValues: index.facilityCodes.enumerated().map { ($1, $0) })
        let tariffPosition = Dictionary(uniqueKeysWithValues: index.tariffCodes.enumerated().map { ($1, Int32($0)) })
        var districtPosition: [String: Int32] = [:]
        var nameKeys: [String] = []

        typealias C = PremisesColumn
        let columns: [C] = [.seq, .name, .district, .kind, .capacity, .stepFree, .accessibleToilet, .latitude, .longitude, .updatedAt, .withdrawnAt]
        try database.forEach("SELECT \(columns.map(\.rawValue).joined(separator: ", ")) FROM premises ORDER BY seq") { row in
            index.seq.append(row.int64(C.seq))
            let name = row.text(C.name)
            nameKeys.append(SwedishText.sortKey(name))
            if let district = row.optionalText(C.district)?.trimmingCharacters(in: .whitespaces), !district.isEmpty {
                let folded = SwedishText.fold(district)
                if let position = districtPosition[folded] {
                    index.district.append(position)
                } else {
                    let position = Int32(index.districtLabels.count)
                    districtPosition[folded] = position
                    index.districtLabels.append(district)
                    index.districtFolded.append(folded)
                    index.district.append(position)
                }
            } else {
                index.district.append(-1)
            }
            index.kind.append(kindPosition[row.text(C.kind)] ?? -1)
            index.capacity.append(row.optionalInt(C.capacity).map { Int32(clamping: $0) } ?? -1)
            index.accessible.append(row.optionalBool(C.stepFree) == true && row.optionalBool(C.accessibleToilet) == true)
            index.latitude.append(row.optionalDouble(C.latitude) ?? .nan)
            index.longitude.append(row.optionalDouble(C.longitude) ?? .nan)
            index.updatedAt.append(Timestamp.seconds(row.text(C.updatedAt)) ?? 0)
            index.withdrawn.append(!row.isNull(C.withdrawnAt))
        }
        let rows = index.seq.count
        index.nameRank = [Int32](repeating: 0, count: rows)
        for (rank, row) in nameKeys.indices.sorted(by: { (nameKeys[$0], $0) < (nameKeys[$1], $1) }).enumerated() {
            index.nameRank[row] = Int32(rank)
        }
        let maxSeq = Int(index.seq.last ?? 0)
        index.rowOfSeq = [Int32](repeating: -1, count: maxSeq + 1)
        for (row, seq) in index.seq.enumerated() { index.rowOfSeq[Int(seq)] = Int32(row) }

        let words = index.facilityWords
        index.facilityBits = [UInt64](repeating: 0, count: rows * words)
        try database.forEach("SELECT premises_seq, facility FROM premises_facilities") { row in
            guard let position = facilityPosition[row.text(1)] else { return }
            let item = Int(index.rowOfSeq[Int(row.int64(0))])
            index.facilityBits[item * words + position / 64] |= 1 << UInt64(position % 64)
        }
        index.prices = [[Price]](repeating: [], count: rows)
        try database.forEach("SELECT premises_seq, tariff, unit, amount FROM premises_prices") { row in
            guard let tariff = tariffPosition[row.text(1)], let unit = LotsenModel.Price.Unit(rawValue: row.text(2)) else { return }
            let item = Int(index.rowOfSeq[Int(row.int64(0))])
            index.prices[item].append(Price(tariff: tariff, unit: unit, amount: row.double(3)))
        }
        let rowOfSeq = index.rowOfSeq
        index.text = try TermPostings.load(database) { seq in
            guard seq >= 0, Int(seq) < rowOfSeq.count, rowOfSeq[Int(seq)] >= 0 else { return nil }
            return Int(rowOfSeq[Int(seq)])
        }
        return index
    }

    /// The stems of a vocabulary entry's label and its `|`-separated synonyms, each word on its own.
    static func stems(label: String, synonyms: String) -> [String] {
        let words = SwedishText.words(label) + synonyms.split(separator: "|").flatMap { SwedishText.words($0) }
        return Array(Set(words.map(SwedishStemmer.stem))).sorted()
    }

    func row(ofSeq seq: Int64) -> Int? {
        guard seq >= 0, Int(seq) < rowOfSeq.count else { return nil }
        let row = rowOfSeq[Int(seq)]
        return row < 0 ? nil : Int(row)
    }

    func hasFacilities(_ row: Int, _ mask: [UInt64]) -> Bool {
        let base = row * facilityWords
        for word in 0..<facilityWords where facilityBits[base + word] & mask[word] != mask[word] {
            return false
        }
        return true
    }

    func hasFacility(_ row: Int, _ position: Int) -> Bool {
        facilityBits[row * facilityWords + position / 64] & (1 << UInt64(position % 64)) != 0
    }

    func location(_ row: Int) -> GeoPoint? {
        latitude[row].isNaN ? nil : GeoPoint(latitude: latitude[row], longitude: longitude[row])
    }
}
