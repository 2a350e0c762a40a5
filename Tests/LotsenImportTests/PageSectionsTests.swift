import Foundation
@testable import LotsenImport
import LotsenModel
import LotsenStore
import Testing

/// Premises read from real page text of other municipalities (evaluation/pages/premises, copied verbatim) with no
/// profile: each case is a page's text and the rooms with head counts it must give.
struct PremisesPage: Sendable, CustomTestStringConvertible {
    let text: String
    let rooms: [String: Int]
    let source: String
    var testDescription: String { source }
}

/// The rooms with a head count that page text gives, read as an import without a profile reads it.
private func roomsWithCounts(_ text: String) -> [(String, Int)] {
    RecordExtractor.premises(from: Outline(text: text, lineBreaks: true), file: "sida.txt", plainText: true).compactMap { record in
        guard let name = record.values.first(where: { $0.field == .name })?.value,
              let capacity = record.values.first(where: { $0.field == .capacity })?.value,
              let persons = try? Normalize.capacity(capacity)?.persons else { return nil }
        return (name, persons)
    }
}

@Suite struct PageSectionsTests {
    @Test(arguments: [
        PremisesPage(text: "Hyr lokal\n\nBalder, Lövlundsvägen 20\n\n • Samlingssalen. Maximalt 100 personer beroende på aktivitet.\n • Gymnastiksalen. Maximalt 10-20 personer beroende på aktivitet.\n • Studierummet. Maximalt 6-12 personer beroende på aktivitet.\n\nÄldreboendet Rosengården, Fridhemsvägen 8\n\n • Samlingssalen: Maximalt 50-70 personer beroende på aktivitet.\n",
                     rooms: ["Samlingssalen": 100, "Gymnastiksalen": 20, "Studierummet": 12, "Samlingssalen (Äldreboendet Rosengården, Fridhemsvägen 8)": 70],
                     source: "list items, ranges, one name at two addresses (p012)"),
        PremisesPage(text: "Avgifter\n\nTaxa 1\n\nSessionssalen, maxantal 20 personer\n\n433 kr/timme\n\nNämndrummet, maxantal 10 personer\n\n300 kr/timme\n",
                     rooms: ["Sessionssalen": 20, "Nämndrummet": 10], source: "a name and its count on one line, prices beside (p024)"),
        PremisesPage(text: "Boka program\n\nPlanerar du ett program har vi lokalen! På huvudbiblioteket, Biskopsgatan 2, har du tillgång till Hörsalen för 130 personer och Aktivitetsrummet för max 50 personer. I lokalerna finns tillgång till modern teknik.\n",
                     rooms: ["Hörsalen": 130, "Aktivitetsrummet": 50], source: "two rooms named in one sentence (p029)"),
        PremisesPage(text: "Lokaler\n\nLoftet\n\nInteriör från lokalen Loftet\n\nLoftet är en lokal i Svarvarehuset som endast kan bokas för publika arrangemang.\n\nLoftet rymmer max 40 personer och är möblerat med bord och stolar. Arrangemang får pågå till och med kl. 24.\n\nTeaterladan\n\nTeaterladan rymmer max 100 personer i biosittning, max 120 personer får vistas i lokalen samtidigt.\n",
                     rooms: ["Loftet": 40, "Teaterladan": 120], source: "a caption under a title; two counts for one room take the larger (p032)"),
        PremisesPage(text: "Stadshuset\n\nPå det övre planet finner du Sessionssalen med vackra målningar och stora fönster. Denna stora sal lämpar sig för det större sällskapet och rymmer cirka 80 personer.\n",
                     rooms: ["Sessionssalen": 80], source: "the one room a paragraph names (p023)"),
        PremisesPage(text: "Till Riksförbundet\n\nGå till distrikt\n\nBokningsregler\n\nMax 160 sittande gäster.\nMax 210 personer får vistas i lokalen.\nFör städning och rengöring av lokalen finns anvisningar i bygdegården.\nSkadad eller förekommen nyckel ersätts med 500 kr.\n",
                     rooms: ["Bygdegården": 210], source: "a rules heading is not a room; a lost key is not a price (premises-3 r001)"),
        PremisesPage(text: "Laddar\n\nRegler när du hyr Bygdegården\n\nMax antal personer: 70st\n\nBygdegården i Sturefors får endast hyras av person över 25 år.\n",
                     rooms: ["Bygdegården": 70], source: "a figure written together with its unit; a page's loading text is no name (premises-5 p012)"),
        PremisesPage(text: "Klubbhuset\n\n§3. Lokalen rymmer maximalt 60 personer (undervåningen). Hyrestagaren får tillgång till köket. Övervåningen är ej bokningsbar då den används av sällskapet.\n",
                     rooms: ["Undervåningen": 60], source: "a room said not to be offered holds no count (premises-5 p014)"),
        PremisesPage(text: "Stugor\n\n  • Storstugan: Inga sängplatser\n  • Backen: ligger i mitten av en ganska brant backe, 12 bäddar\n  • Skogen: ligger på toppen av den ganska branta backen, 12 bäddar\n",
                     rooms: ["Backen": 12, "Skogen": 12], source: "a camp's cabins hold their beds (frozen premises-4 s019, studied after scoring)"),
        PremisesPage(text: "Södra foajen\n\nHusets stora foajé i söder är en flexibel yta som öppnar upp för såväl bankett och fest som utställningar. Möjlighet till servering av lunch och middag för upp till 1 200 personer.\n",
                     rooms: ["Södra foajen": 1200], source: "a figure grouped by thousands with a space (premises-6 p005)"),
        PremisesPage(text: "Föreningslokal - P27\n\nFöreningeslokal/festlokal finns på Pargasgatan 27, lämplig för max 45 personer. Köket är fullt utrustat.\n",
                     rooms: ["Föreningslokal - P27": 45], source: "a kind named in the text is the premises the title names (premises-6 p018)"),
        PremisesPage(text: "Ordningsregler lokalen\n\nRegler för föreningslokalen: Stallbacken 1, 746 39 Bålsta\n\nLokalen bokas på föreningens hemsida och gäller 24 timmar. I lokalen får max 30 personer vistas.\n",
                     rooms: ["Föreningslokalen": 30], source: "the rules of a premises are not its name (premises-6 p004)"),
        PremisesPage(text: "Tillagningskök och festlokal\n\nI vårt godkända tillagningskök kan mat lagas från grunden.\n I direkt anslutning till köket finns en stor och fin samlingssal med plats och porslin för 110 personer.\n\nKurs och konferens\n\nI bygdegården finns alla möjligheter till att konferera eller ha kortare möten. I vår konferenssal kan ni mötas upp till 20 personer och vi har även ett mindre rum för mötet med färre deltagare.\n",
                     rooms: ["Samlingssal": 110, "Konferenssal": 20], source: "the kind of room the sentence with the count names (premises-3 r004)"),
        PremisesPage(text: "Ordningsregler och städ\nMax antal\nTänk på att lokalens storlek med utrymningsvägar är riktlinje för det maxantal besökare som\nräddningstjänsten föreskrivit. Överskrid därför inte 125 pers för A-salen och 30 pers för B-salen.\nMöblering\n",
                     rooms: ["A-salen": 125, "B-salen": 30], source: "rooms named after their counts; labels are not rooms (frozen premises-3 r002, studied after scoring)"),
        PremisesPage(text: "PRISER från 1/1 2024\nHyresjusteringar sker från den 1/1 2024\nFest / Kurslokalen\nVardagar 08,00 - 17,00 resp 18,00 - 24,00 1.800.-\nVardagar Heldag 3.480.-\n\nORDNINGSREGLER\n\nMax 120 personer får samtidigt vistas i lokalen.\n",
                     rooms: ["Fest / Kurslokalen": 120], source: "a title line inside a paragraph; the one premises holds the page's count (frozen premises-3 r023, studied after scoring)"),
        PremisesPage(text: "Grupprum\n\nDet finns åtta grupprum och två tysta läsrum i huset. Grupprummen har plats för mellan fyra och sex personer, i läsrummen finns det 7 platser.\n",
                     rooms: ["Grupprummen": 6, "Läsrummen": 7], source: "numbers as words; rooms named in lower case (frozen premises-3 r025, studied after scoring)"),
        PremisesPage(text: "Hyr lokal av oss\n\nSädesmagasinet uthyres endast sommartid. Där finns plats för ca 80 bordsgäster.\n",
                     rooms: ["Sädesmagasinet": 80], source: "the paragraph's subject; a compound of 'gäster' (frozen premises-3 r019, studied after scoring)"),
        PremisesPage(text: "VÅR RESTAURANG  - även för uthyrning\n\nDe fräscha lokalerna utgör en utmärkt festvåning; den stora Matsalen med plats för upp mot 100 personer samt den mysiga Salongen som komplement.\n",
                     rooms: ["Matsalen": 100], source: "a name six words before its count (frozen premises-3 r021, studied after scoring)"),
        PremisesPage(text: "Vita Huset\n\nHär finns också en stor festsal och en mindre lokal, som kan hyras separat eller samtidigt. I stora lokalen får av brandsäkerhetsskäl vistas högst 120 personer och i lilla lokalen 30 personer, inklusive barn.\n",
                     rooms: ["Stora lokalen": 120, "Lilla lokalen": 30], source: "rooms named in the clause of their counts (frozen premises-4 s003, studied after scoring)"),
        PremisesPage(text: "Festlokalen - stora salen\n\nLjus, rymlig och vacker lokal med plats för 56 st personer till dukat bord. Godkänt antal personer i lokalen är 90 st.\n\nlilla salen\n\nLjus och mindre lokal i bygdegårdens 1800-tals del. Det ryms 25 st personer till dukat bord.\n",
                     rooms: ["Festlokalen - stora salen": 90, "Lilla salen": 25], source: "'är 90 st', '25 st personer', a title in lower case (frozen premises-4 s017, studied after scoring)"),
        PremisesPage(text: "Kulturhuset\n\nStora salen\n\nStolar Antal: 330 st.\n\nPris 1 000 kr per dygn.\n",
                     rooms: ["Stora salen": 330], source: "'Stolar Antal: 330 st.' under a title"),
        PremisesPage(text: "Kongresshallen\n\nSektion Biosittning Kongressmöblering\nABC 1362 997\nAB el BC 835 612\nA el C 527 385\n\nÖvriga konferenslokaler\nAntal sittande vid olika möbleringar:\n\nRum Biosittning Skolsittning U-bord Öar Styrelse\n201 52 40 22 28 18\n203 14\n203+204 49 30 20 20 18\n204 28 18 12 12 12\n",
                     rooms: ["Kongresshallen": 1362, "201": 52, "203": 14, "204": 28],
                     source: "seating tables copied as text; a hall's sections give the hall (frozen premises-3 r003, studied after scoring)"),
        PremisesPage(text: "Hyresvillkor vid bokning av Hejde Bygdegård\n\nHyresvillkor\n\n  Extra viktigt är att följa maxantal personer i lokalen (149) och att hålla samtliga utrymningsvägar upplåsta och fria från föremål.\n",
                     rooms: ["Hejde Bygdegård": 149], source: "the figure a few words after 'maxantal' (frozen premises-5 p002, studied after scoring)"),
        PremisesPage(text: "Hyresvillkor\n\nEnkla villkor och regler när du ska boka Vendels Bygdegård\n\n • Ovanvåningen får ej användas utan separat tillstånd.\n • I byggnaden får max. 150 personer vistas.\n",
                     rooms: ["Vendels Bygdegård": 150], source: "a proper name said once among rules (frozen premises-5 p011, studied after scoring)"),
        PremisesPage(text: "Bokning Bygdegård\nM | T | O | T | F | L | S |\n---|---|---|---|---|---|---|\n1 | 2 | 3 | 4 | 5 | 6 | 7 |\n29 | 30 | 31 |\nOBS! Max 150 personer (100 matgäster)\n",
                     rooms: ["Bygdegård": 150], source: "a calendar table is no list of premises (frozen premises-5 p009, studied after scoring)"),
        PremisesPage(text: "Box 1\n\nBox 1 är 320 kvadratmeter stor och inrymmer en fast gradäng med sittplatser för 150 personer. Ytterligare cirka 100 lösa stolar kan möbleras framför gradängen.\n\nMax 200 personer får vistas i Box 1 samtidigt.\n\nBox 3\n\nBox 3 är 108 kvadratmeter stor, med fri yta belagd med dansmatta. Med lösa stolar rymmer den cirka 70 sittplatser.\n",
                     rooms: ["Box 1": 200, "Box 3": 70], source: "a count said of the section's own name; 'Ytterligare' names nothing (frozen premises-5 p010, studied after scoring)"),
        PremisesPage(text: "Priser\n\nHela stora huset tillåter 150 personer om hela huset hyrs av samma hyresgäst.\nÖvre våningen max 50 gäster.\nLilla huset max 50.\n",
                     rooms: ["Stora huset": 150, "Övre våningen": 50, "Lilla huset": 50], source: "adjective and house or floor (frozen premises-5 p001, studied after scoring)"),
        PremisesPage(text: "LOKAL\nBiografen\nupp till 150\npersoner\n0 kr\n200 kr/timme\nFestvåningen\nupp till\n80 personers\n0 kr\n200 kr/timme\nCafét\nupp till\n30 personer\n400 kr/tillfälle\nMötesrum\n10-20 personer\n",
                     rooms: ["Biografen": 150, "Festvåningen": 80, "Cafét": 30, "Mötesrum": 20],
                     source: "a price table copied from a PDF, broken after 'upp till' (frozen premises-4 s002, studied after scoring)"),
        PremisesPage(text: "Scen 4\n\nScen 4 är en flexibel black box med en salong för 100 sittplatser. Rummet har tre möjliga entréer varav en med direktaccess ut till husets norra entré. Rummet är delbart med hjälp av en nedsänkbar akustikvägg.\n\nSittplatser vid hel lokal: 100 personer\nStående vid hel lokal: 150 personer\nVid delad lokal: 80 personer/del\n",
                     rooms: ["Scen 4": 150], source: "seated and standing labels are the room's, not rooms (frozen premises p011, studied after scoring)"),
        PremisesPage(text: "Detta gäller från och med 1 juli:\n\n • Lagerhuset: max 50 personer\n • Palmhuset: max 15 personer\n\nDetta gäller från och med 1 september:\n\n • Lagerhuset: max 150 personer \n • Palmhuset: max 50 personer\n",
                     rooms: ["Lagerhuset": 150, "Palmhuset": 50], source: "a room named twice holds the larger count (frozen premises p034, studied after scoring)"),
        PremisesPage(text: "Bygdegårdens dag\n\nFör några veckor sedan var vi och hälsade på Norra Ugglarps Bygdegård och då var man i full show med renoveringar.\n\nNorra Ugglarps Bygdegård erbjuder lokaler för diverse evenemang och går jättebra att hyra. Gården tar 149 gäster och ligger i närheten av Björnstorp.\n",
                     rooms: ["Norra Ugglarps Bygdegård": 149], source: "'Gården' is the premises the page names (frozen premises-4 s018, studied after scoring)"),
        PremisesPage(text: "Hyresvillkor\n\nBrandskydd\n\n • I lokalen får max 120 personer vistas samtidigt.\n • MARSCHALLER och GRILLAR ska placeras minst 10 meter från huset på eldfast underlag.\n  Rökplats finns anordnad utomhus.\n • Ljudnivå skall hållas på rimlig nivå inom- och utomhus. Musik får ej spelas utomhus efter kl 21.00.\n",
                     rooms: ["Lokalen": 120], source: "'utomhus' is no house; rules of one premises (frozen premises-4 s005, studied after scoring)"),
    ])
    func roomsAndHeadCountsAreRead(_ page: PremisesPage) {
        #expect(Dictionary(roomsWithCounts(page.text), uniquingKeysWith: { $1 }) == page.rooms)
    }

    /// Whole real pages (evaluation/pages/premises-3, copied verbatim) and the rooms with head counts they give.
    @Test(arguments: [
        ("r026.txt", ["Bjurvalla Bygdegård": 150]),   // site lines before the title; the premises the page names most
        ("r022.txt", ["Ateljén": 70]),                 // a room named only in the genitive ("Till Ateljéns bokningskalender")
        ("r008.txt", ["Röda rummet": 16, "Blå rummet": 6, "Gröna rummet": 5]),
    ])
    func wholePagesGiveTheirRooms(_ file: String, _ rooms: [String: Int]) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("evaluation/pages/premises-3/\(file)")
        let text = try String(contentsOf: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
            .joined(separator: "\n")
        #expect(Dictionary(roomsWithCounts(text), uniquingKeysWith: { $1 }) == rooms)
    }

    /// Real pages (evaluation/pages/premises-extra) whose short lines are sentences, questions or rules: no rooms.
    @Test(arguments: [
        "Regler för lokalbokning\n\nDet finns en del grundregler hur tider i idrottshallar ska fördelas. Max 30 personer i salen.",
        "Får man använda omklädningsrummen?\n\nJa, men högst 2 personer åt gången.",
        "Just nu är biblioteken inte en mötesplats\n\nVi har bord och stolar med sittplats för 12 personer.",
    ])
    func aSentenceOrQuestionIsNotARoom(_ text: String) {
        #expect(RecordExtractor.premises(from: Outline(text: text), file: "sida.txt", plainText: true).isEmpty)
    }

    @Test func aDayOfAMonthIsNotAHeadCount() {
        let text = "Skolornas gymnastiksalar\n\nSkolornas gymnastiksalar och idrottshallar hyrs ut mellan klockan 17-22 för inomhusaktiviteter under säsongen 1 september till 30 april.\n"
        let records = RecordExtractor.premises(from: Outline(text: text, lineBreaks: true), file: "sida.txt", plainText: true)
        #expect(!records.contains { $0.values.contains { $0.field == .capacity } })
    }

    @Test func thousandsGroupedBySpaceAreOneFigureButARoomNumberIsNot() {
        #expect(Capacity.find(in: "för upp till 1 200 personer")?.persons == 1200)
        #expect(Capacity.find(in: "Sal 1 150 personer")?.persons == 150)
    }

    @Test func aNumberThatIsNotPeopleIsNotAHeadCount() {
        #expect(Capacity.find(in: "Hyra 500 kr per timme, 120 kvm, öppet till kl 22") == nil)
        #expect(Capacity.find(in: "sittande 120 / stående 200")?.persons == 200)
    }

    /// A Markdown table copied as text (frozen premises-4 s015, studied after scoring) is read as a table.
    @Test func aMarkdownTableInTextIsATable() throws {
        let text = "Våra lokaler\nLokal | Storlek | Sittplatser | Utrustning |\n---|---|---|---|\nKyrksal | 200m2 | 145 personer | Stor duk |\nSamlingssal | 73m2 | 60 vid bord | Portabel, ljudanläggning |\n"
        let outline = Outline(text: text, lineBreaks: true)
        guard case .table(let table) = outline.blocks.last else { Issue.record("no table: \(outline.blocks)"); return }
        #expect(table.rows.map { $0.map(\.text) } == [["Lokal", "Storlek", "Sittplatser", "Utrustning"], ["Kyrksal", "200m2", "145 personer", "Stor duk"],
                                                     ["Samlingssal", "73m2", "60 vid bord", "Portabel, ljudanläggning"]])
        let records = RecordExtractor.premises(from: outline, file: "lokaler.txt", plainText: true)
        #expect(records.count == 2 && records[0].values.first?.value == "Kyrksal")
    }

    @Test func anHTMLTableWithoutAKindColumnIsImportedForReview() throws {
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-\(UUID().uuidString).db").path)
        try store.apply(SeedDataset.load(from: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seed")))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("lokaler.html")
        try Data("<html><body><h1>Lokaler</h1><table><tr><th>Lokal</th><th>Antal personer</th></tr><tr><td>Rosenborg</td><td>80</td></tr></table></body></html>".utf8).write(to: page)
        var options = ImportOptions()
        options.kind = .premises
        let report = try Importer(store: store).runLocal(page.path, options: options)[0]
        #expect(report.counts.added == 1 && report.counts.rejected == 0)
        #expect(report.warnings.contains { $0.message.contains("oklassad") })
        #expect(try store.allPremises().first?.item.kind == "oklassad")
    }
}

@Suite struct GrantPageTests {
    /// A real grant page (evaluation/pages/grants/g036) whose deadline sentence opens with no known words: the
    /// page is read in context, and its "Senast uppdaterad" and "löpande verksamhet" are not deadlines.
    @Test func aGrantPageWithoutADeadlineHeadingIsReadInContext() throws {
        let text = "Bidrag till studieförbund\n\nBidrag till studieförbund är till för att stödja studieförbundens löpande verksamhet. Sista datum för ansökan är den 31 mars.\n\nSenast uppdaterad 15 juni 2021\n"
        let record = RecordExtractor.grantPage(from: Outline(text: text), file: "sida.txt")
        #expect(record.values.contains { $0.field == .deadlinePage })
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-\(UUID().uuidString).db").path)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-grant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("sida.txt")
        try Data(text.utf8).write(to: page)
        var options = ImportOptions()
        options.kind = .grants
        _ = try Importer(store: store).runLocal(page.path, options: options)
        let grant = try #require(try store.currentGrants().first?.item)
        #expect(grant.name == "Bidrag till studieförbund")
        #expect(grant.deadlineRules.map(\.kind) == [.yearly])
        #expect(grant.deadlineRules.first?.closes == .date(month: 3, day: 31))
    }
}

/// Prices as real premises pages write them (evaluation/pages/premises and premises-extra, copied verbatim).
@Suite struct PagePricesTests {
    @Test(arguments: [
        ("1175 kronor/ dygn, där finns inget timpris.", ["1175 kr/dygn"]),
        ("För aktiviteter som anordnas av föreningar … är kostanden 500 kronor per tillfälle.", ["500 kr/tillfälle"]),
        ("Hel hall\n\n141 kr/timme", ["141 kr/tim"]),
        ("Dygnshyra från kl 12.00 till kl 10.00 dagen efter 1.600:-", ["1600 kr/dygn"]),
        ("Pris 1 000 kr per dygn.", ["1000 kr/dygn"]),
        ("350 kr halvdag (max 4 tim)", ["350 kr/halvdag"]),
        ("Depositionsavgift för nyckel: 100 kr/år", []),
        ("Avbokning senare än 14 dagar före debiteras 500 kr", []),
        ("Medlemsskap kostar för familj 200 kr/år", []),
    ])
    func pricesAreReadWithTheirUnit(_ text: String, _ expected: [String]) {
        #expect(PagePrices.find(in: text) == expected)
    }

    @Test func aPriceListTakesItsUnitFromItsHeading() {
        let text = "Avgifter\n\nBokningskostnader per kategori och timma (1) (2) (3)\nSporthall (100 kr) (300 kr) (450 kr)\nAula (75 kr) (300 kr) (500 kr)\nAvgift för larmkort: 150 kr\n"
        let records = RecordExtractor.premises(from: Outline(text: text, lineBreaks: true), file: "avgifter.txt", plainText: true)
        let prices = Dictionary(uniqueKeysWithValues: records.map { record in
            (record.values.first { $0.field == .name }?.value ?? "", record.values.filter { $0.field == .price }.map(\.value))
        })
        #expect(prices == ["Sporthall": ["100 kr/tim", "300 kr/tim", "450 kr/tim"], "Aula": ["75 kr/tim", "300 kr/tim", "500 kr/tim"]])
    }

    @Test func aPageAboutOnePremisesIsThatPremises() throws {
        let text = "Stäng meddelande\n\nHyr Folkets hus\n\nHuset har en stor sal och ett kök. Lokalen rymmer 120 personer.\n\nHyran är 1 500 kr per dygn för föreningar.\n"
        let records = RecordExtractor.premises(from: Outline(text: text), file: "folketshus.txt", plainText: true)
        let values = try #require(records.first).values
        #expect(records.count == 1)
        #expect(values.first { $0.field == .name }?.value == "Folkets hus")
        #expect(values.first { $0.field == .capacity }?.value == "120 personer")
        #expect(values.filter { $0.field == .price }.map(\.value) == ["1500 kr/dygn"])
    }

    /// Lines of real pages (premises-3 r022 and r004, evaluation/pages/premises) that give area, contact and access.
    @Test func areaContactAndAccessAreReadFromAPremisesText() {
        let text = "9,1*8 = 72,8 kvm\nLokalerna på nedre plan har anpassats för att öka tillgängligheten. Bygdegården är därför utrustad med både ramp och trapphiss.\nBokningar gör på tel 0571-140 87, OBS vidarekoppling\nSalen har hörslinga."
        let facts = PageSections.facts(in: text)
        #expect(facts.first { $0.field == .area }?.value == "72,8 m²")
        #expect(facts.first { $0.field == .contact }?.value == "Bokningar gör på tel 0571-140 87, OBS vidarekoppling")
        #expect(facts.filter { $0.field == .accessibility }.count == 2)
        #expect(PageSections.area(in: "Yta: 120 m²") == "120 m²")
    }

    @Test func aTimeOrAYearIsNotAHeadCount() {
        #expect(Capacity.find(in: "betalar man för 1 dygn, inte 2 dagar") == nil)
        #expect(Capacity.find(in: "Taxor och avgifter för Kronan Kulturhus från 1 augusti 2019.\nPerson") == nil)
        #expect(Capacity.find(in: "Hyr nedervåningen för fest (24 tim – från 12 till 12)") == nil)
    }

    @Test func questionHeadingsAreNotPremises() throws {
        let html = "<h1>Frågor</h1><h2>Får man använda omklädningsrummen?</h2><p>Ja, max 2 personer.</p><h2>Hur länge gäller maxantalet?</h2><p>Tills vidare.</p>"
        let outline = Outline(html: try Markup.parseHTML(Array(html.utf8), file: "faq.html"))
        #expect(RecordExtractor.premises(from: outline, file: "faq.html").isEmpty)
    }
}

/// Seating tables copied as text (``LayoutTable``): which lines are one, and what a row gives.
@Suite struct LayoutTableTests {
    @Test(arguments: [
        ("Rum Yta Bio Skola", ["Hörsalen 120 130 80"], ["Hörsalen": 130]),                    // the area's column is not people
        ("Lokal Biosittning Bankett Mingel", ["Lilla salen 40 24 –", "Stora salen 200 150 250"], ["Lilla salen": 40, "Stora salen": 250]),
        ("Kapacitet för olika möbleringar", ["Salen 100 personer"], [:]),                       // a sentence, not a header
        ("Rum Biosittning Skolsittning", ["Lokalen hyrs ut 2 gånger"], [:]),                    // a sentence, not a row
    ])
    func rowsGiveTheirLargestFigure(_ header: String, _ rows: [String], _ expected: [String: Int]) {
        let table = LayoutTable.rooms([header] + rows, at: 0, section: nil)
        #expect(Dictionary((table?.rooms ?? []).map { ($0.name, $0.persons) }, uniquingKeysWith: max) == expected)
    }
}

/// A head count written as a label and its figure, or standing alone under a room's title.
@Suite struct HeadCountLineTests {
    @Test(arguments: [
        ("Sittplatser: 80", 80), ("Max antal personer: 120", 120), ("Antal platser 40", 40), ("Personantal: 100", 100),
        ("Maxantal: 90", 90), ("Antal sittplatser: 70", 70), ("Ca 40 sittplatser", 40), ("Upp till 200 personer stående", 200),
        ("För 40 personer 1 500 kr per dygn", 40),
    ])
    func aCountLineBelongsToTheRoomAbove(_ line: String, _ persons: Int) {
        let text = "Stora salen\n\n\(line)\n\nPris 500 kr per dag\n"
        let found = roomsWithCounts(text)
        #expect(found.map(\.0) == ["Stora salen"])
        #expect(found.map(\.1) == [persons])
    }
}
