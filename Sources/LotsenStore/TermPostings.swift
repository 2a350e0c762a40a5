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
        return postings
    }

    /// The positions of the terms that start with `prefix`.
    func terms(withPrefix prefix: String) -> Range<Int> {
        let prefix = Array(prefix.utf8)
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < terms.count, terms[end].starts(with: prefix) { end += 1 }
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
            var hits = Bitmap(count: rowCount)
            for term in terms(withPrefix: word) {
                let list = switch field {
                case .anywhere: rows[term]
                case .name: nameRows[term]
                case .nameStart: nameStartRows[term]
                }
                for row in list { hits.insert(Int(row)) }
            }
            if var combined = result {
                combined.formIntersection(hits)
                result = combined
            } else {
                result = hits
            }
        }
        return result ?? Bitmap(count: rowCount)
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
}
