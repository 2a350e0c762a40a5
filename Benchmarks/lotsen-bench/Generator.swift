import Foundation
import LotsenModel
import LotsenStore

/// A deterministic generator of realistic Swedish premises and grants for benchmarks.
struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    static let districts = [
        "Kristianstad", "Åhus", "Tollarp", "Degeberga", "Fjälkinge", "Vä", "Everöd", "Arkelstorp", "Önnestad",
        "Färlöv", "Hammar", "Rinkaby", "Österslöv", "Nymö", "Ripa", "Skepparslöv", "Maglehem", "Vittskövle",
        "Linderöd", "Trensum", "Viby", "Gärds Köpinge", "Hanaskog", "Balsby",
    ]
    static let kinds: [(code: String, words: [String])] = [
        ("samlingslokal", ["Föreningslokal", "Bygdegård", "Folkets hus", "Samlingssal", "Festlokal", "Församlingshem"]),
        ("moteslokal", ["Mötesrum", "Konferensrum", "Studierum", "Sammanträdesrum", "Cirkelrum"]),
        ("scen", ["Scen", "Teatersal", "Blackbox", "Konsertsal", "Scenrum"]),
        ("atelje", ["Ateljé", "Verkstad", "Bildsal", "Keramikverkstad"]),
        ("idrottshall", ["Idrottshall", "Sporthall", "Gymnastiksal", "Dansstudio", "Brottarlokal"]),
        ("idrottsplats", ["Idrottsplats", "Fotbollsplan", "Friidrottsarena", "Konstgräsplan"]),
        ("simhall", ["Simhall", "Undervisningsbassäng"]),
        ("ishall", ["Ishall", "Isrink"]),
    ]
    static let names = ["Lindens", "Ekens", "Solrosens", "Hembygds", "Skolans", "Kyrkans", "Parkens", "Torgets",
                        "Norra", "Södra", "Östra", "Västra", "Gamla", "Nya", "Stora", "Lilla"]
    static let facilities = ["kok", "projektor", "scen", "wifi", "horslinga", "ljudanlaggning", "ljusrigg",
                             "omkladningsrum", "dusch", "bastu", "konstgras", "grusplan", "friidrott", "parkering"]
    static let phrases = [
        "Lokalen passar för årsmöten, kurser och fester.", "Kök med porslin för 80 personer.",
        "Bra akustik för körsång och kammarmusik.", "Nära busshållplats och parkering.",
        "Hyrs ut till föreningar, studieförbund och privatpersoner.", "Lämplig för barn- och ungdomsverksamhet.",
        "Omklädningsrum med dusch finns i anslutning.", "Scenen har ljus- och ljudanläggning.",
        "Hörslinga finns i salen.", "Tillgänglig entré och handikapptoalett.",
    ]

    mutating func premises(_ number: Int) -> Premises {
        let kind = pick(Self.kinds)
        let district = pick(Self.districts)
        let name = "\(pick(Self.names)) \(pick(kind.words).lowercased()) \(district) \(number)"
        var facilities: [String] = []
        for facility in Self.facilities where chance(25) { facilities.append(facility) }
        let hourly = Double(int(5...60) * 10)
        let prices = [
            Price(tariff: "taxa1", amount: hourly, unit: .hour),
            Price(tariff: "taxa2", amount: hourly * 2, unit: .hour),
            Price(tariff: "taxa3", amount: hourly * 3, unit: .hour),
            Price(tariff: "taxa1", amount: hourly * 6, unit: .day, note: "max 8 timmar"),
        ]
        return Premises(
            id: "bench-premises-\(number)", name: name, kind: kind.code, venue: "\(pick(Self.names)) \(district)",
            ownerUnitId: "kultur-och-fritid",
            address: Address(street: "\(pick(Self.names))gatan \(int(1...80))", postalCode: "29\(int(100...999))", district: district),
            location: GeoPoint(latitude: 55.85 + Double(int(0...3000)) / 10_000, longitude: 13.95 + Double(int(0...5000)) / 10_000),
            capacity: int(1...50) * 10, areaSquareMetres: Double(int(20...800)), facilities: facilities,
            accessibility: Accessibility(stepFree: chance(60), accessibleToilet: chance(50)), prices: prices,
            rentableBy: RentableBy(associations: true, privatePersons: chance(40), youth: chance(30)),
            booking: Booking(phone: "+46 44 13 \(int(10...99)) \(int(10...99))", email: "bokning@kristianstad.se"),
            description: (0..<3).map { _ in pick(Self.phrases) }.joined(separator: " "))
    }

    static let grantWords = ["Aktivitetsstöd", "Hyresbidrag", "Driftbidrag", "Projektbidrag", "Arrangörsstöd",
                             "Evenemangsbidrag", "Kulturbidrag", "Föreningsbidrag", "Startbidrag", "Ledarutbildningsbidrag"]
    /// Deadline wordings as Kristianstad's grant pages write them.
    static let deadlines = [
        "Sista ansökningsdag: 15 februari", "Sista ansökningsdag är 25 februari och 25 augusti.", "Söks löpande under året.",
        "Söks senast 31 oktober året före det år ansökan gäller.", "Sista ansökningsdag: 1 mars, 1 maj och 15 september",
        "Nästa ansökningsperiod öppnar 1 januari 2024 med sista ansökningsdag 29 februari 2024.",
        "Söks löpande under året, dock innan projektets start.", "Sista ansökningsdag: 31 oktober för kommande år",
        "senast sista vardagen i mars", "Ansökan ska vara inne senast sex veckor före arrangemanget.",
    ]
    static let categories = ["aktiviteter", "barn-och-unga", "funktionsnedsattning", "pensionarer", "evenemang", "kultur",
                             "lokaler", "investeringar-och-projekt", "socialt-arbete-och-integration"]

    mutating func grant(_ number: Int) -> Grant {
        let name = "\(pick(Self.grantWords)) \(pick(Self.districts)) \(number)"
        var categories: [String] = []
        for category in Self.categories where chance(20) { categories.append(category) }
        return Grant(
            id: "bench-grant-\(number)", name: name, summary: "Bidrag till föreningar i \(pick(Self.districts)).",
            description: (0..<2).map { _ in pick(Self.phrases) }.joined(separator: " "),
            ownerUnitId: pick(["kultur-och-fritid", "omsorg", "arbete-och-valfard"]),
            applicants: chance(20) ? ["forening", "organisation"] : ["forening"], categories: categories,
            conditions: ["Föreningen ska uppfylla kraven för bidragsberättigad förening."],
            maxAmount: chance(30) ? Money(amount: Double(int(1...20) * 10_000)) : nil,
            applyMethods: ["eservice"], deadlineText: pick(Self.deadlines))
    }
}
