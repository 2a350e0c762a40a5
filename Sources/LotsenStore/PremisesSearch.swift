import Foundation
import Synchronization
import LotsenModel
import LotsenSQLite

extension Store {
    /// Finds premises matching `query`: the page asked for, the total, and facet counts.
    ///
    /// Throws ``InvalidQuery`` naming the parameter when a code, number or combination is not valid.
    public func searchPremises(_ query: PremisesQuery) throws -> PremisesSearchResult {
        try pool.read { database in
            let index = try currentPremisesIndex(database)
            var plan = try PremisesSearchPlan(query: query, index: index)
            var ranked = plan.run(textMatches: plan.textMatches())
            var relaxed: [PremisesSearchResult.Relaxation] = []
            while ranked.total == 0, query.relax, let (wider, dropped) = plan.widened() {
                plan = wider
                relaxed += dropped
                ranked = plan.run(textMatches: plan.textMatches())
            }
            let stored = try Reader(database: database).premises(seqs: ranked.page.map { index.seq[$0.row] })
            let hits = zip(ranked.page, stored).map { PremisesSearchResult.Hit(premises: $1, distanceKilometres: $0.distance) }
            return PremisesSearchResult(total: ranked.total, hits: hits, facets: ranked.facets, relaxed: relaxed)
        }
    }

    /// The premises snapshot for the store's current revision, rebuilt when stale.
    func currentPremisesIndex(_ database: Database) throws -> PremisesIndex {
        let revision = try Self.version(database).revision
        // Built under the lock, so concurrent searches after a change wait for one rebuild
        // instead of each starting their own.
        return try premisesIndex.withLock { cached in
            // A newer snapshot also serves a reader still on an older revision: ids it lists that the
            // reader cannot see yet are skipped when the page is loaded.
            if let cached, cached.revision >= revision { return cached }
            let index = try PremisesIndex.load(database, revision: revision)
            cached = index
            return index
        }
    }
}

/// A validated premises query, bound to one index snapshot.
struct PremisesSearchPlan {
    let query: PremisesQuery
    let index: PremisesIndex
    let words: [String]
    let kind: Int32?
    let facilityMask: [UInt64]?
    let tariff: Int32?
    let districtFolded: String?
    let sort: PremisesQuery.Sort
    let modifiedAfter: Double?

    init(query: PremisesQuery, index: PremisesIndex) throws {
        self.query = query
        self.index = index
        words = SwedishText.words(query.text ?? "").filter { !PremisesWords.generic.contains($0) }
        if let code = query.kind {
            guard let position = index.kindCodes.firstIndex(of: code) else {
                throw InvalidQuery("kind", "okänd lokaltyp '\(code)' / unknown kind; expected one of \(index.kindCodes.joined(separator: ", "))")
            }
            kind = Int32(position)
        } else {
            kind = nil
        }
        if query.facilities.isEmpty {
            facilityMask = nil
        } else {
            var mask = [UInt64](repeating: 0, count: index.facilityWords)
            for code in query.facilities {
                guard let position = index.facilityCodes.firstIndex(of: code) else {
                    throw InvalidQuery("facility", "okänd utrustning '\(code)' / unknown facility; expected one of \(index.facilityCodes.joined(separator: ", "))")
                }
                mask[position / 64] |= 1 << UInt64(position % 64)
            }
            facilityMask = mask
        }
        if query.maxPrice != nil {
            guard let position = index.tariffCodes.firstIndex(of: query.tariff) else {
                throw InvalidQuery("tariff", "okänd taxa '\(query.tariff)' / unknown tariff; expected one of \(index.tariffCodes.joined(separator: ", "))")
            }
            tariff = Int32(position)
        } else {
            tariff = nil
        }
        if let min = query.minCapacity, min < 0 {
            throw InvalidQuery("min_capacity", "måste vara 0 eller mer / must be 0 or more")
        }
        if let price = query.maxPrice, price < 0 || !price.isFinite {
            throw InvalidQuery("max_price", "måste vara 0 eller mer / must be 0 or more")
        }
        if let radius = query.radiusKilometres {
            guard query.near != nil else { throw InvalidQuery("radius_km", "kräver near=lat,lon / requires near=lat,lon") }
            guard radius > 0, radius <= 1000 else { throw InvalidQuery("radius_km", "måste vara över 0 och högst 1000 / must be in (0, 1000]") }
        }
        if query.sort == .distance, query.near == nil {
            throw InvalidQuery("sort", "sort=distance kräver near=lat,lon / sort=distance requires near=lat,lon")
        }
        guard PremisesQuery.limitRange.contains(query.limit) else {
            throw InvalidQuery("limit", "måste vara 1–100 / must be between 1 and 100")
        }
        guard PremisesQuery.offsetRange.contains(query.offset) else {
            throw InvalidQuery("offset", "måste vara 0–10000 / must be between 0 and 10000")
        }
        let district = query.district.map(SwedishText.fold)?.trimmingCharacters(in: .whitespaces)
        districtFolded = district?.isEmpty == true ? nil : district
        sort = query.sort ?? (words.isEmpty ? .name : .relevance)
        modifiedAfter = query.modifiedAfter?.timeIntervalSince1970
    }

    /// An FTS5 expression from the query's words: each word quoted (so no user text is ever
    /// read as FTS5 syntax) and matched as a prefix, all words required.
    static func ftsExpression(_ words: [String]) -> String {
        words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }

    /// Per-row relevance for the text (0 = no match), or nil when the query has no text: 1 for a match anywhere
    /// (see ``PremisesWords`` for what a word matches), 3 when every word starts a word of the name, 4 when the
    /// name also starts with the first word.
    func textMatches() -> [UInt8]? {
        guard !words.isEmpty else { return nil }
        var anywhere = PremisesWords.rows(for: words[0], in: index)
        for word in words.dropFirst() { anywhere.formIntersection(PremisesWords.rows(for: word, in: index)) }
        let inName = index.text.matching(words, rowCount: index.count, in: .name)
        let nameStart = index.text.matching([words[0]], rowCount: index.count, in: .nameStart)
        var scores = [UInt8](repeating: 0, count: index.count)
        for row in 0..<index.count where anywhere.contains(row) {
            scores[row] = inName.contains(row) ? (nameStart.contains(row) ? 4 : 3) : 1
        }
        return scores
    }

    /// A folded query word as the searcher wrote it ("moteslokal" → "möteslokal").
    func written(_ folded: String) -> String {
        var word = ""
        for character in (query.text ?? "") + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                if SwedishText.fold(word) == folded { return word.lowercased() }
                word = ""
            }
        }
        return folded
    }

    /// The same search with what emptied it left out, and what that was: first the words that find nothing on
    /// their own, then a place among the words or the district, then the kind, then the words. Nil when nothing is
    /// left to leave out.
    func widened() -> (PremisesSearchPlan, [PremisesSearchResult.Relaxation])? {
        var query = query
        var dropped: [PremisesSearchResult.Relaxation] = []
        let unmatched = words.filter { PremisesWords.rows(for: $0, in: index).isEmpty }
        if !unmatched.isEmpty {
            query.text = words.filter { !unmatched.contains($0) }.joined(separator: " ")
            dropped = unmatched.map { .init(parameter: "q", value: written($0)) }
        } else if let place = words.first(where: { index.districtFolded.contains($0) }), words.count > 1 {
            // A place typed among the words ("möteslokal åhus") is left out before the words that say what is wanted.
            query.text = words.filter { $0 != place }.joined(separator: " ")
            dropped = [.init(parameter: "district", value: index.districtLabels[index.districtFolded.firstIndex(of: place) ?? 0])]
        } else if let district = query.district {
            query.district = nil
            dropped = [.init(parameter: "district", value: district)]
        } else if let kind = query.kind {
            query.kind = nil
            dropped = [.init(parameter: "kind", value: kind)]
        } else if !words.isEmpty {
            query.text = nil
            dropped = [.init(parameter: "q", value: words.map(written).joined(separator: " "))]
        } else {
            return nil
        }
        guard let plan = try? PremisesSearchPlan(query: query, index: index) else { return nil }
        return (plan, dropped)
    }

    struct Ranked {
        let total: Int
        let page: [(row: Int, distance: Double?)]
        let facets: Facets
    }

    func run(textMatches scores: [UInt8]?) -> Ranked {
        var districtCounts = [Int](repeating: 0, count: index.districtLabels.count)
        var kindCounts = [Int](repeating: 0, count: index.kindCodes.count)
        var facilityCounts = [Int](repeating: 0, count: index.facilityCodes.count)
        var top = TopK(capacity: query.offset + query.limit, ordered: ordering(scores))
        var total = 0
        let districtPosition: Int32? = districtFolded.map { folded in
            index.districtFolded.firstIndex(of: folded).map(Int32.init) ?? -2
        }
        var distances: [Double]? = query.near == nil ? nil : [Double](repeating: .infinity, count: index.count)

        for row in 0..<index.count {
            if let scores, scores[row] == 0 { continue }
            if let modifiedAfter {
                if index.updatedAt[row] <= modifiedAfter { continue }
            } else if index.withdrawn[row] {
                continue
            }
            if let min = query.minCapacity, index.capacity[row] < min { continue }
            if query.accessibleOnly, !index.accessible[row] { continue }
            if let facilityMask, !index.hasFacilities(row, facilityMask) { continue }
            if let maxPrice = query.maxPrice, let tariff,
               !index.prices[row].contains(where: { $0.tariff == tariff && $0.unit == query.priceUnit && $0.amount <= maxPrice }) {
                continue
            }
            if let near = query.near {
                guard let location = index.location(row) else { continue }
                let distance = near.distanceKilometres(to: location)
                if let radius = query.radiusKilometres, distance > radius { continue }
                distances?[row] = distance
            }
            let districtMatches = districtPosition.map { index.district[row] == $0 } ?? true
            let kindMatches = kind.map { index.kind[row] == $0 } ?? true
            if kindMatches, index.district[row] >= 0 { districtCounts[Int(index.district[row])] += 1 }
            if districtMatches, index.kind[row] >= 0 { kindCounts[Int(index.kind[row])] += 1 }
            guard districtMatches, kindMatches else { continue }
            total += 1
            let base = row * index.facilityWords
            for word in 0..<index.facilityWords {
                var bits = index.facilityBits[base + word]
                while bits != 0 {
                    facilityCounts[word * 64 + bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
            }
            top.insert(row, distances: distances)
        }

        let page = top.rows.dropFirst(query.offset).map { (row: $0, distance: distances?[$0]) }
        func counts(_ values: [Int], _ codes: [String], _ labels: [String]) -> [Facets.Count] {
            values.indices.filter { values[$0] > 0 }
                .map { Facets.Count(value: codes[$0], label: labels[$0], count: values[$0]) }
                .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
        }
        return Ranked(
            total: total, page: Array(page),
            facets: Facets(
                district: counts(districtCounts, index.districtLabels, index.districtLabels),
                kind: counts(kindCounts, index.kindCodes, index.kindLabels),
                facility: counts(facilityCounts, index.facilityCodes, index.facilityLabels)))
    }

    /// "Row a comes before row b" for the query's sort; ties break on name, then id order.
    private func ordering(_ scores: [UInt8]?) -> (Int, Int, [Double]?) -> Bool {
        let index = index
        let byName: (Int, Int) -> Bool = { a, b in index.nameRank[a] < index.nameRank[b] }
        switch sort {
        case .relevance:
            return { a, b, _ in
                let (sa, sb) = (scores?[a] ?? 0, scores?[b] ?? 0)
                return sa != sb ? sa > sb : byName(a, b)
            }
        case .name:
            return { a, b, _ in byName(a, b) }
        case .capacity:
            return { a, b, _ in
                index.capacity[a] != index.capacity[b] ? index.capacity[a] > index.capacity[b] : byName(a, b)
            }
        case .distance:
            return { a, b, distances in
                let (da, db) = (distances?[a] ?? .infinity, distances?[b] ?? .infinity)
                return da != db ? da < db : byName(a, b)
            }
        }
    }
}

/// The first `capacity` rows under an ordering, kept sorted while rows stream past.
struct TopK {
    let capacity: Int
    let ordered: (Int, Int, [Double]?) -> Bool
    private(set) var rows: [Int] = []

    init(capacity: Int, ordered: @escaping (Int, Int, [Double]?) -> Bool) {
        self.capacity = capacity
        self.ordered = ordered
        rows.reserveCapacity(min(capacity, 1024))
    }

    mutating func insert(_ row: Int, distances: [Double]?) {
        if rows.count == capacity {
            guard let last = rows.last, ordered(row, last, distances) else { return }
            rows.removeLast()
        }
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if ordered(rows[middle], row, distances) { low = middle + 1 } else { high = middle }
        }
        rows.insert(row, at: low)
    }
}
