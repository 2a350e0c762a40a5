import LotsenModel
import LotsenSQLite

/// The words of the premises full-text index, read from FTS5 itself (`fts5vocab`), with the rows
/// each word occurs in — so matching a word costs the same whether it is rare or in every row.
///
/// FTS5 stays the tokenizer and the persistent index (`unicode61 remove_diacritics 2`); this is
/// its postings held in memory for one store revision.
struct TermPostings: Sendable {
    /// Distinct terms in byte order, as FTS5 returns them.
    private(set) var terms: [[UInt8]] = []
    /// Rows (snapshot positions) the term occurs in, in any column, ascending.
    private(set) var rows: [[Int32]] = []
    /// Rows the term occurs in the `name` column of, ascending.
    private(set) var nameRows: [[Int32]] = []
    /// Rows whose name starts with the term, ascending.
    private(set) var nameStartRows: [[Int32]] = []
    /// Each distinct stem of the terms written backwards, in byte order, with the terms that have it: a compound's
    /// last part ("lokal" of "samlingslokal", "hall" of "sporthallen") is then a prefix search.
    private(set) var reversedStems: [[UInt8]] = []
    private(set) var termsOfStem: [[Int32]] = []

    /// Reads every term instance of `premises_fts`. `row(seq)` maps an FTS rowid to a snapshot row.
    static func load(_ database: Database, row: (Int64) -> Int?) throws -> TermPostings {
        var postings = TermPostings()
        try database.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.premises_terms USING fts5vocab(main, 'premises_fts', 'instance')")
        try database.forEach("SELECT term, doc, col, offset FROM temp.premises_terms") { instance in
            let isNewTerm = instance.withUTF8(0) { bytes in
                guard let last = postings.terms.last else { return true }
                return !last.elementsEqual(bytes)
            }
            if isNewTerm {
                postings.terms.append(instance.withUTF8(0) { Array($0) })
                postings.rows.append([])
                postings.nameRows.append([])
                postings.nameStartRows.append([])
            }
            guard let item = row(instance.int64(1)) else { return }
            let position = postings.terms.count - 1
            let value = Int32(item)
            if postings.rows[position].last != value { postings.rows[position].append(value) }
            let inName = instance.withUTF8(2) { $0.elementsEqual("name".utf8) }
            if inName, postings.nameRows[position].last != value { postings.nameRows[position].append(value) }
            if inName, instance.int(3) == 0 { postings.nameStartRows[position].append(value) }
        }
        postings.indexStems()
        return postings
    }

    private mutating func indexStems() {
        var byStem: [[UInt8]: [Int32]] = [:]
        for (position, term) in terms.enumerated() {
            let stem = SwedishStemmer.stem(String(decoding: term, as: UTF8.self))
            byStem[Array(stem.utf8.reversed()), default: []].append(Int32(position))
        }
        let sorted = byStem.keys.sorted { $0.lexicographicallyPrecedes($1) }
        reversedStems = sorted
        termsOfStem = sorted.map { byStem[$0]! }
    }

    /// The positions of the terms that start with `prefix`.
    func terms(withPrefix prefix: String) -> Range<Int> {
        Self.range(of: Array(prefix.utf8), in: terms)
    }

    /// The positions of the terms whose stem ends with `stem` after a first part of at least three letters: the
    /// compounds `stem` is the last part of ("hall" → "idrottshall", "sporthallen"; "sal" → "gymnastiksal").
    func compounds(endingWith stem: String) -> [Int] {
        let tail = Array(stem.utf8.reversed())
        guard stem.count >= 3 else { return [] }
        return Self.range(of: tail, in: reversedStems)
            .filter { reversedStems[$0].count >= tail.count + 3 }
            .flatMap { termsOfStem[$0].map(Int.init) }
    }

    /// The elements of a byte-ordered list that start with `prefix`.
    private static func range(of prefix: [UInt8], in sorted: [[UInt8]]) -> Range<Int> {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < sorted.count, sorted[end].starts(with: prefix) { end += 1 }
        return low..<end
    }

    /// Where a word must occur.
    enum Field {
        case anywhere, name, nameStart
    }

    /// Rows where every word occurs as a prefix of some term in `field`.
    func matching(_ words: [String], rowCount: Int, in field: Field) -> Bitmap {
        var result: Bitmap?
        for word in words {
            let hits = rows(ofTerms: terms(withPrefix: word), rowCount: rowCount, in: field)
            if var combined = result {
                combined.formIntersection(hits)
                result = combined
            } else {
                result = hits
            }
        }
        return result ?? Bitmap(count: rowCount)
    }

    /// Rows where any of the terms at `positions` occurs in `field`.
    func rows(ofTerms positions: some Sequence<Int>, rowCount: Int, in field: Field = .anywhere) -> Bitmap {
        var hits = Bitmap(count: rowCount)
        for term in positions {
            let list = switch field {
            case .anywhere: rows[term]
            case .name: nameRows[term]
            case .nameStart: nameStartRows[term]
            }
            for row in list { hits.insert(Int(row)) }
        }
        return hits
    }
}

/// A fixed-size set of row numbers.
struct Bitmap: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ row: Int) {
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    func contains(_ row: Int) -> Bool {
        words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    mutating func formIntersection(_ other: Bitmap) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    mutating func formUnion(_ other: Bitmap) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
}
