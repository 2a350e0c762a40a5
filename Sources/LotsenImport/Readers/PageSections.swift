import LotsenModel

/// Premises in page text that marks no headings, as real pages copied as text are: a title line, paragraphs,
/// lists, "Stolar Antal: 330 st.", "max 200 personer". A short line standing alone starts a section; a section
/// whose text says how many people it holds is a premises, named by that line.
enum PageSections {
    static func premises(_ outline: Outline, file: String, startRecord: Int) -> [SourceRecord] {
        var walk = SectionWalk(file: file, startRecord: startRecord)
        let (blocks, tableRooms) = takingLayoutTables(outline.blocks)
        for room in tableRooms {
            walk.record([.init(label: "Namn", value: room.name, field: .name), .init(label: "Kapacitet", value: "\(room.persons) personer", field: .capacity)])
        }
        for block in splittingPriceLists(blocks) {
            switch block {
            case .heading(_, let text):
                walk.listUnit = PagePrices.unit(ofHeading: text)
                walk.startSection(text)
            case .paragraph(let text) where isTitleLine(text) && !givesRoomCount(text) && !isCountLine(text):
                walk.listUnit = PagePrices.unit(ofHeading: text) ?? walk.listUnit
                walk.titleLine(text)
            case .paragraph(let text), .item(let text):
                if case .paragraph = block, text.count <= 80 { walk.listUnit = PagePrices.unit(ofHeading: text) ?? walk.listUnit }
                walk.paragraph(text)
            case .table:
                continue
            }
        }
        walk.finishSection()
        if walk.records.isEmpty, let page = wholePage(outline) { walk.record(page) }
        var records = mergingRepeatedRooms(walk.records)
        if records.count == 1 { completeOnlyPremises(&records[0], outline: outline) }
        return records
    }

    /// The walk through a page's blocks: the section being read (its title line and text), and the premises found.
    struct SectionWalk {
        let file: String
        let startRecord: Int
        var records: [SourceRecord] = []
        /// The current section's title, and the text under it.
        var name: String?
        var body: [String] = []
        /// Rooms and price lines the section gave on their own: then the section itself is no premises.
        var itemsInSection = 0
        /// Room names already given, with the section they were under.
        var seenRooms: [String: String] = [:]
        /// What the prices of a price list are per, from its heading ("Pris per timme").
        var listUnit: String?

        mutating func record(_ values: [SourceRecord.Value]) {
            records.append(SourceRecord(location: SourceLocation(file: file, record: startRecord + records.count + 1), values: values, context: ""))
        }

        mutating func startSection(_ title: String) {
            finishSection()
            name = title
        }

        /// A short line standing alone: a new section's title, unless it is the caption of the title above
        /// ("Interiör från lokalen Loftet") or a label of the room above ("Utrustning i rummet", "Priser").
        mutating func titleLine(_ text: String) {
            if let name, body.isEmpty, text.localizedCaseInsensitiveContains(name) { return }
            if name != nil, isSectionLabel(text) {
                body.append(text)
                return
            }
            startSection(text)
        }

        /// The section just read is a premises when it says how many it holds, or gives prices under a title that
        /// names premises ("Stora salen", not "Kostnad"), and gave no rooms of its own.
        mutating func finishSection() {
            defer { body = []; itemsInSection = 0 }
            guard itemsInSection == 0, let name, isSectionName(name) else { return }
            let text = body.joined(separator: "\n")
            // "Grupprum 20 personer" over its price rows: the title may give the head count.
            let capacity = Capacity.find(in: name + "\n" + text), prices = PagePrices.find(in: text)
            guard capacity != nil || (!prices.isEmpty && namesPremises(name)) else { return }
            // "Pandemilag … max 8 personer vid allmänna tillställningar": a title that names no premises needs a count
            // said of a room ("Lokalen rymmer 80 personer").
            // "Max 200 personer får vistas i Box 1 samtidigt" under "Box 1": the count is said of the section's own name.
            guard namesPremises(name) || !prices.isEmpty || countSaidOfARoom(text) || countSaid(of: name, in: text) else { return }
            record(values(name: roomName(name), capacity: capacity?.words, prices: prices, description: text))
        }

        /// A paragraph or list item: the rooms it names with their counts, or a line of a price list; then part of
        /// the section's text.
        mutating func paragraph(_ text: String) {
            let rooms = roomsNamed(in: text)
            if rooms.isEmpty, let line = priceLine(text, unit: listUnit) {
                record(values(name: line.name, capacity: nil, prices: line.prices, description: text))
                itemsInSection += 1
                return
            }
            for var room in rooms {
                // The same room name under another place ("Samlingssalen" at two addresses) keeps them apart.
                if let name, seenRooms[room.name].map({ $0 != name }) ?? false { room.name += " (\(name))" }
                seenRooms[room.name] = name ?? ""
                var values: [SourceRecord.Value] = [.init(label: "Namn", value: room.name, field: .name),
                                                    .init(label: "Kapacitet", value: "\(room.persons) personer", field: .capacity)]
                if let name, name != room.name { values.append(.init(label: "Plats", value: name, field: .venue)) }
                values += PagePrices.find(in: text).map { .init(label: "Pris", value: $0, field: .price) }
                record(values)
                itemsInSection += 1
            }
            body.append(text)
        }

        /// "Sessionssalen, maxantal 20 personer", "• Samlingssalen. Maximalt 100 personer": a room of its own;
        /// "Hörsalen för 130 personer och Aktivitetsrummet för max 50 personer": rooms named in a sentence.
        func roomsNamed(in text: String) -> [(name: String, persons: Int)] {
            if text.count <= 200, let room = leadingName(text), isRoomName(room), namesPremises(room), let capacity = Capacity.find(in: text) {
                return [(room, capacity.persons)]
            }
            // A count with no name of its own belongs to the room named before it in the paragraph, or to the one
            // room the paragraph names ("Sessionssalen … rymmer cirka 80 personer"). "Scen 4 är en flexibel black box
            // med en salong för 100 sittplatser" under "Scen 4": the section's own room, described.
            let aboutSection = name.map { text.hasPrefix($0 + " ") } ?? false
            // "Övervåningen är ej bokningsbar": a room the text says is not offered holds no count of the paragraph.
            let named = Capacity.roomWords(in: text).filter { !Capacity.saidNotOffered($0, in: text) }
            let onlyRoom = aboutSection ? nil : named.count == 1 ? named.first
                : named.isEmpty ? Capacity.kindNamedWithCount(in: text) ?? Capacity.subject(of: text) : nil
            var rooms: [(name: String, persons: Int)] = []
            for mention in Capacity.mentions(in: text) {
                guard let room = mention.name ?? rooms.last?.name ?? onlyRoom, room != name, !aboutSection || text.contains(room) else { continue }
                if let index = rooms.firstIndex(where: { $0.name == room }) {
                    rooms[index].persons = max(rooms[index].persons, mention.persons)
                } else {
                    rooms.append((room, mention.persons))
                }
            }
            return rooms
        }
    }

    /// "Lagerhuset: max 50 personer" under one date and "Lagerhuset: max 150 personer" under a later one: a room
    /// named twice with a head count is one premises holding the larger count.
    static func mergingRepeatedRooms(_ records: [SourceRecord]) -> [SourceRecord] {
        var merged: [SourceRecord] = []
        var index: [String: Int] = [:]
        func value(_ record: SourceRecord, _ field: Field) -> String? { record.values.first { $0.field == field }?.value }
        for record in records {
            guard let name = value(record, .name), let count = value(record, .capacity).flatMap({ Capacity.find(in: $0) }) else {
                merged.append(record)
                continue
            }
            let key = SwedishText.fold(name) + "|" + SwedishText.fold(value(record, .venue) ?? "")
            guard let at = index[key] else {
                index[key] = merged.count
                merged.append(record)
                continue
            }
            if let kept = value(merged[at], .capacity).flatMap({ Capacity.find(in: $0) }), kept.persons < count.persons,
               let slot = merged[at].values.firstIndex(where: { $0.field == .capacity }) {
                merged[at].values[slot].value = count.words
            }
        }
        return merged
    }

    /// The page's one premises: named fully by the page's title ("Hyr bygdegården" on the page of "Bergby Skolas
    /// bygdegård, mars 2017") or by the name the page uses most when it was found by a bare word ("Gården tar 149
    /// gäster" on a page about "Norra Ugglarps Bygdegård"), holding the count the page says anywhere ("Fest /
    /// Kurslokalen" with its prices, and under "Ordningsregler" "Max 120 personer får samtidigt vistas i lokalen").
    static func completeOnlyPremises(_ record: inout SourceRecord, outline: Outline) {
        if let index = record.values.firstIndex(where: { $0.field == .name }) {
            let name = record.values[index].value, folded = SwedishText.fold(name)
            if !name.contains(" "), let title = pageTitle(outline), title.contains(" "), let kind = SwedishText.words(title).last,
               kind.count >= 5, folded.hasPrefix(kind) {
                record.values[index].value = title
            } else if !name.contains(" "), genericKindWords.contains(folded) || bareRoomWords.contains(folded), let title = pageTitle(outline),
                      !bareRoomWords.contains(SwedishText.fold(title)), title != name, sameKind(title, folded) {
                // "Föreningslokal - P27" over "Föreningslokal/festlokal … lämplig för max 45 personer": a kind named in
                // the text is the premises the title names.
                record.values[index].value = title
            } else if bareRoomWords.contains(folded), let named = mostNamedPremises(in: outline.plainText),
                      !bareRoomWords.contains(SwedishText.fold(named)) {
                record.values[index].value = named
            }
        }
        if !record.values.contains(where: { $0.field == .capacity }), let capacity = Capacity.find(in: outline.plainText) {
            record.values.insert(.init(label: "Kapacitet", value: capacity.words, field: .capacity), at: 1)
        }
    }
    /// Words that speak of a premises the reader already knows ("gården", "stugan"), not its name.
    static let bareRoomWords: Set<String> = ["garden", "stugan", "lokalen", "huset", "salen", "hallen", "rummet", "lokal", "sal", "rum",
                                             "gard", "stuga", "hus"]

    /// "lokalen", "huset", "byggnaden": the whole premises; "salen", "rummet" could be one of many ("idrottshallar …
    /// i salen").
    static let wholePremisesWords: Set<String> = ["lokalen", "huset", "garden", "stugan", "byggnaden"]

    /// "I lokalen får max 120 personer vistas samtidigt" on a page of rules that names no premises: the bare word
    /// for the whole premises in the sentence that gives the page's largest head count.
    static func bareRoomOfCount(in text: String) -> String? {
        guard let most = Capacity.find(in: text)?.persons else { return nil }
        for line in text.split(separator: "\n") where Capacity.mentions(inLine: String(line)).contains(where: { $0.persons == most }) {
            if let word = SwedishText.words(line, limit: 64).first(where: wholePremisesWords.contains) {
                return word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return nil
    }

    /// The blocks without the seating tables copied as text in them (``LayoutTable``), and the rooms those tables give.
    static func takingLayoutTables(_ blocks: [Outline.Block]) -> (blocks: [Outline.Block], rooms: [LayoutTable.Room]) {
        var kept: [Outline.Block] = []
        var rooms: [LayoutTable.Room] = []
        var section: String?
        for block in blocks {
            guard case .paragraph(let text) = block else {
                if case .heading(_, let text) = block { section = text }
                kept.append(block)
                continue
            }
            let lines = text.split(separator: "\n").map(String.init)
            var left: [String] = []
            var index = 0
            while index < lines.count {
                if let table = LayoutTable.rooms(lines, at: index, section: section) {
                    rooms += table.rooms
                    index = table.end
                } else {
                    left.append(lines[index])
                    index += 1
                }
            }
            if lines.count == 1, isTitleLine(text) { section = text }
            if !left.isEmpty { kept.append(.paragraph(left.joined(separator: "\n"))) }
        }
        return (kept, rooms)
    }

    /// A sentence of `text` gives a head count and names `name`, or a paragraph that opens with `name` ("Box 3 är 108
    /// kvadratmeter … rymmer den cirka 70 sittplatser") gives one.
    static func countSaid(of name: String, in text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix(name + " ") && !Capacity.mentions(inLine: String($0)).isEmpty }
            || text.split(whereSeparator: { $0 == "\n" || $0 == "." }).contains { sentence in
                sentence.contains(name) && !Capacity.mentions(inLine: String(sentence)).isEmpty
            }
    }

    /// A sentence of `text` gives a head count and names a room or premises ("lokalen", "salen", "Bygdegården").
    static func countSaidOfARoom(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == "\n" || $0 == "." }).contains { sentence in
            !Capacity.mentions(inLine: String(sentence)).isEmpty && SwedishText.words(String(sentence)).contains { word in
                Capacity.roomEndings.contains { word.hasSuffix($0) } || ["lokalen", "lokalerna", "salen", "rummet", "huset", "hallen"].contains(word)
            }
        }
    }

    /// The blocks with a paragraph whose lines are a price list (a table copied as text) split into its lines;
    /// any other paragraph's lines joined with spaces.
    /// Other lines are joined to the line before them when they go on with its sentence (start in lower case), so a
    /// page copied with a line per heading, label and row keeps them apart.
    /// A joined line that is short but names no premises ("Whiteboard", "Max antal") is a line of a list, not a title.
    static func splittingPriceLists(_ blocks: [Outline.Block]) -> [Outline.Block] {
        blocks.flatMap { block -> [Outline.Block] in
            guard case .paragraph(let text) = block, text.contains("\n") else { return [block] }
            let lines = text.split(separator: "\n").map(String.init)
            if lines.contains(where: { priceLine($0, unit: nil) != nil }) { return lines.map { .paragraph($0) } }
            var joined: [String] = []
            for line in lines {
                if let last = joined.last, let first = line.first,
                   first.isLowercase || (!first.isLetter && !first.isNumber) || (first.isNumber && (endsWantingCount(last) || countsFor(last, line))) {
                    joined[joined.count - 1] = last + " " + line
                } else {
                    joined.append(line)
                }
            }
            return joined.map { line in isTitleLine(line) && !namesPremises(line) && !isSectionLabel(line) ? .item(line) : .paragraph(line) }
        }
    }

    /// "Festvåningen upp till" over "80 personers": a line of a table copied from a PDF that breaks before the count
    /// its last words lead to.
    static func endsWantingCount(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last.map(SwedishText.fold) else { return false }
        return ["till", "max", "maximalt", "hogst", "cirka", "ca", "for", "rymmer", "tar"].contains(last)
    }

    /// "Ca 40 sittplatser", "Upp till 200 personer stående": a head count standing alone, said of the section above.
    static func isCountLine(_ text: String) -> Bool {
        !namesPremises(text) && !Capacity.mentions(inLine: text).isEmpty
    }

    /// "Mötesrum" over "10-20 personer": a short name and the head count on the line under it.
    static func countsFor(_ name: String, _ line: String) -> Bool {
        name.split(separator: " ").count <= 3 && isTitleLine(name) && isRoomName(name)
            && line.split(separator: " ").count <= 3 && !Capacity.mentions(inLine: line).isEmpty
    }

    /// "Sessionssalen, maxantal 20 personer", "Festvåningen upp till 80 personer": a line that names a room and
    /// says how many it holds is a room of its own, not a section's title.
    static func givesRoomCount(_ text: String) -> Bool {
        (leadingName(text) != nil && Capacity.find(in: text) != nil) || Capacity.mentions(inLine: text).contains { $0.name != nil }
    }

    /// A line of a price list: a premises' name, then its prices ("Sporthall (100 kr) (300 kr) (450 kr)",
    /// "Stora salen med Verandan ........ 1 210:-"); `unit` is what the list's heading says they are per.
    static func priceLine(_ text: String, unit: String?) -> (name: String, prices: [String])? {
        guard text.count <= 160, let digit = text.firstIndex(where: \.isNumber) else { return nil }
        let name = String(text[..<digit].reversed().drop { " .:(…–-|\t".contains($0) }.reversed()).trimmingSpaces
        guard (3...50).contains(name.count), name.first?.isUppercase == true, isRoomName(name), namesPremises(name) else { return nil }
        let prices = PagePrices.find(in: text, unit: unit)
        return prices.isEmpty ? nil : (name, prices)
    }

    /// The values of one premises read from page text.
    static func values(name: String, capacity: String?, prices: [String], description: String) -> [SourceRecord.Value] {
        var values: [SourceRecord.Value] = [.init(label: "Namn", value: name, field: .name)]
        if let capacity { values.append(.init(label: "Kapacitet", value: capacity, field: .capacity)) }
        values += prices.map { .init(label: "Pris", value: $0, field: .price) }
        values += facts(in: description)
        values.append(.init(label: "Beskrivning", value: String(description.prefix(2000)), field: .description))
        return values
    }

    /// The area ("72,8 kvm", "120 m²"), the first line with a phone number or e-mail address, and the lines that
    /// speak of access ("ramp och trapphiss", "handikapptoalett", "hörslinga") in a premises' own text.
    static func facts(in text: String) -> [SourceRecord.Value] {
        var values: [SourceRecord.Value] = []
        let lines = text.split(separator: "\n").map(String.init)
        if let area = lines.lazy.compactMap(area(in:)).first { values.append(.init(label: "Yta", value: area, field: .area)) }
        // A number on a line that does not speak of contact ("lösenord: 019185210") is not a phone number.
        if let contact = lines.first(where: { line in
            let words = FieldNames.normalize(line).split(separator: " ")
            guard line.count <= 200, line.contains("@") || words.contains(where: { word in contactWords.contains { word.hasPrefix($0) } }) else { return false }
            let found = Normalize.contacts(in: line)
            return found.phone != nil || found.email != nil
        }) {
            values.append(.init(label: "Kontakt", value: contact, field: .contact))
        }
        for line in lines where line.count <= 300 {
            let words = " " + FieldNames.normalize(line) + " "
            if accessWords.contains(where: words.contains) { values.append(.init(label: "Tillgänglighet", value: line, field: .accessibility)) }
        }
        return values
    }
    static let contactWords = ["tel", "ring", "kontakt", "bokning", "boka", "mejl", "mail", "epost", "e post", "uthyrning", "forfragan", "sms", "mobil"]
    static let accessWords = [" hiss ", " ramp ", " rwc ", " handikapptoalett", " tillganglig toalett", " tillgangligt wc",
                              " rullstolstoalett", " horslinga", " teleslinga", " trappfri"]

    /// "72,8 kvm", "120 m2", "200 m²", "yta 85 kvadratmeter" → the number and its unit.
    static func area(in line: String) -> String? {
        let words = FieldNames.normalize(line).split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 0 && ["kvm", "m2", "kvadratmeter"].contains(word) {
            // "72,8" is two words once normalized: "72 8".
            guard let whole = Int(words[index - 1]) else { continue }
            if index > 1, Int(words[index - 2]) != nil, words[index - 1].count <= 2, line.contains("\(words[index - 2]),\(words[index - 1])") {
                return "\(words[index - 2]),\(words[index - 1]) m²"
            }
            return "\(whole) m²"
        }
        return nil
    }

    /// The premises a page's first line names ("Bergby Skolas bygdegård, mars 2017" → "Bergby Skolas bygdegård"), if it names one.
    static func pageTitle(_ outline: Outline) -> String? {
        for block in outline.blocks {
            guard case .heading(_, let text) = block else {
                if case .paragraph(let text) = block {
                    let first = String(text.split(separator: "\n").first ?? "")
                    if SwedishText.words(first).allSatisfy(chromeWords.contains) { continue }
                    let name = roomName(first)
                    return isTitleLine(first) && isRoomName(name) && namesPremises(name) ? name : nil
                }
                return nil
            }
            if SwedishText.words(text).allSatisfy(chromeWords.contains) { continue }
            let name = roomName(text)
            return isTitleLine(text) && isRoomName(name) && namesPremises(name) ? name : nil
        }
        return nil
    }

    /// A page about one premises with no sections of its own ("Bygdegården", then paragraphs saying it holds 120
    /// and costs 1 500 kr per dygn): the premises its title names, with the head count and prices of the whole page.
    static func wholePage(_ outline: Outline) -> [SourceRecord.Value]? {
        var title: String?
        var lines: [String] = []
        for block in outline.blocks {
            switch block {
            case .heading(_, let text), .paragraph(let text), .item(let text):
                // The page's title: its first short line after any site chrome ("Stäng meddelande").
                if lines.isEmpty {
                    if SwedishText.words(text).allSatisfy(chromeWords.contains) { continue }
                    let stripped = roomName(text)
                    title = isTitleLine(text) && isRoomName(stripped) && namesPremises(stripped) ? stripped : nil
                }
                lines.append(text)
            case .table(let table):
                lines += table.rows.map { $0.map(\.text).joined(separator: " ") }
            }
        }
        let text = lines.joined(separator: "\n")
        // A page of questions ("Får man använda omklädningsrummen?") is about rules, not one premises.
        if lines.contains(where: { $0.count <= 120 && $0.hasSuffix("?") }) { return nil }
        let capacity = Capacity.find(in: text), prices = PagePrices.find(in: text)
        guard capacity != nil || !prices.isEmpty, let name = title.map(roomName) ?? mostNamedPremises(in: text) ?? bareRoomOfCount(in: text)
        else { return nil }
        return values(name: name, capacity: capacity?.words, prices: prices, description: text)
    }
}
