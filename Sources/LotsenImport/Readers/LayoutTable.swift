import LotsenModel

/// A table of rooms and how they seat copied as text, a row a line and its columns parted by spaces: "Rum Biosittning
/// Skolsittning U-bord" over "201 52 40 22" and "Hörsalen 130 80 –". Each row is a room holding its largest figure;
/// under a header that counts a hall's sections ("Sektion Biosittning …" under "Kongresshallen") the hall holds the
/// largest figure of any row.
enum LayoutTable {
    struct Room: Equatable {
        var name: String
        var persons: Int
    }

    /// The rooms of the table whose header is `lines[start]`, and the index of the first line after it; nil when that
    /// line is no such header or no row follows. `section` is the title the table stands under.
    static func rooms(_ lines: [String], at start: Int, section: String?) -> (rooms: [Room], end: Int)? {
        let header = columns(lines[start])
        guard header.count >= 3, !lines[start].contains(where: \.isNumber),
              header.filter(isLayout).count >= 2 else { return nil }
        // "Rum Yta Bio Skola": the area's column is not people.
        let skipped = Set(header.indices.filter { areaWords.contains(header[$0]) }.map { $0 - 1 })
        var rooms: [Room] = []
        var end = start + 1
        while end < lines.count, let row = row(lines[end], skipping: skipped) {
            // "203+204": two rooms let together, already listed one by one.
            if !row.name.contains("+") { rooms.append(row) }
            end += 1
        }
        guard !rooms.isEmpty else { return nil }
        if let section, let first = header.first, sectionWords.contains(first), let largest = rooms.map(\.persons).max() {
            return ([Room(name: section, persons: largest)], end)
        }
        return (rooms, end)
    }

    /// "201 52 40 22 28 18", "Lilla salen 40 25 –": the name (words before the first figure, or the figure a room is
    /// numbered by) and its largest figure outside `skipped` columns.
    static func row(_ line: String, skipping skipped: Set<Int>) -> Room? {
        let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let firstFigure = tokens.firstIndex(where: { Int($0) != nil }) else { return nil }
        let nameEnd = firstFigure == 0 ? 1 : firstFigure
        let name = tokens[..<nameEnd].joined(separator: " ")
        let cells = tokens[nameEnd...]
        guard (1...40).contains(name.count), !cells.isEmpty, cells.allSatisfy({ Int($0) != nil || placeholders.contains($0) }) else { return nil }
        let figures = cells.enumerated().compactMap { index, cell in skipped.contains(index) ? nil : Int(cell) }
        guard let largest = figures.max(), largest > 0, largest < 100_000 else { return nil }
        return Room(name: name.prefix(1).uppercased() + name.dropFirst(), persons: largest)
    }

    static func columns(_ line: String) -> [String] { line.split(whereSeparator: \.isWhitespace).map { SwedishText.fold($0) } }

    /// A column of a way to seat people ("Biosittning", "Skolsittning", "U-bord", "Mingel", "Bankett").
    static func isLayout(_ word: String) -> Bool {
        layoutWords.contains(word) || ["sittning", "moblering", "placering", "bord"].contains { word.hasSuffix($0) }
    }
    static let layoutWords: Set<String> = ["bio", "teater", "skola", "bankett", "mingel", "konferens", "styrelse", "cabaret", "klassrum",
                                           "oar", "staende", "sittande", "middag", "halvcirkel", "hastsko", "biograf"]
    static let areaWords: Set<String> = ["yta", "kvm", "m2", "storlek", "area"]
    static let sectionWords: Set<String> = ["sektion", "sektioner", "del", "delar"]
    static let placeholders: Set<String> = ["-", "–", "—", "x"]
}
