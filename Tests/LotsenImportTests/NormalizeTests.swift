import LotsenModel
import Testing
@testable import LotsenImport

@Suite struct NormalizeTests {
    @Test func capacityWordings() throws {
        #expect(try Normalize.capacity("ca 50 personer")! == (50, true))
        #expect(try Normalize.capacity("50 pers.")! == (50, false))
        #expect(try Normalize.capacity("max 120")! == (120, false))
        #expect(try Normalize.capacity("1 200 sittplatser")! == (1200, false))
        #expect(try Normalize.capacity("50–60 personer")! == (60, false))
        #expect(try Normalize.capacity("") == nil)
        #expect(throws: Normalize.ValueError.self) { try Normalize.capacity("många") }
    }

    @Test func pricesWithUnitTariffAndNote() throws {
        #expect(try Normalize.prices("100 kr/tim", defaultTariff: "taxa1") == [Price(tariff: "taxa1", amount: 100, unit: .hour)])
        #expect(try Normalize.prices("350 kr halvdag (max 4 tim)", defaultTariff: "taxa2")
            == [Price(tariff: "taxa2", amount: 350, unit: .halfDay, note: "max 4 timmar")])
        #expect(try Normalize.prices("Taxa 1: 100 kr/tim, Taxa 3: 300 kr/tim", defaultTariff: "taxa1")
            == [Price(tariff: "taxa1", amount: 100, unit: .hour), Price(tariff: "taxa3", amount: 300, unit: .hour)])
        #expect(try Normalize.prices("1 100 kr", header: "Taxa 3", context: "Halvdag, max 4 timmar Lokal", defaultTariff: "taxa1")
            == [Price(tariff: "taxa3", amount: 1100, unit: .halfDay, note: "max 4 timmar")])
        #expect(try Normalize.prices("Kostnadsfritt", defaultTariff: "taxa1") == [Price(tariff: "taxa1", amount: 0, unit: .occasion)])
        #expect(throws: Normalize.ValueError.self) { try Normalize.prices("enligt överenskommelse", defaultTariff: "taxa1") }
    }

    @Test func booleans() throws {
        for yes in ["Ja", "ja", "x", "X", "✓", "Finns"] { #expect(try Normalize.bool(yes) == true) }
        for no in ["Nej", "-", "saknas", "Finns ej"] { #expect(try Normalize.bool(no) == false) }
        #expect(try Normalize.bool("") == nil)
        #expect(throws: Normalize.ValueError.self) { try Normalize.bool("kanske") }
    }

    @Test func phoneNumbersToOneFormat() throws {
        #expect(try Normalize.phone("044-13 56 50") == "+46 44 13 56 50")
        #expect(try Normalize.phone("044135000") == "+46 44 13 50 00")
        #expect(try Normalize.phone("+46 (0)44 13 66 66") == "+46 44 13 66 66")
        #expect(try Normalize.phone("070-123 45 67") == "+46 70 123 45 67")
        #expect(try Normalize.phone("08-123 456 78") == "+46 8 123 456 78")
        #expect(try Normalize.phone("0044 20 7946 0000") == "+442079460000")
        #expect(throws: Normalize.ValueError.self) { try Normalize.phone("ring receptionen") }
    }

    @Test func emailsValidated() throws {
        #expect(try Normalize.email("Barbacka@Kristianstad.SE") == "Barbacka@kristianstad.se")
        #expect(try Normalize.email("mailto:fritid@kristianstad.se") == "fritid@kristianstad.se")
        #expect(throws: Normalize.ValueError.self) { try Normalize.email("fritid@kristianstad") }
        #expect(throws: Normalize.ValueError.self) { try Normalize.email("två adresser@a.se, b@b.se") }
    }

    @Test func namesAndSlugs() {
        #expect(Normalize.properName("  ÅHUS ") == "Åhus")
        #expect(Normalize.properName("norra fäladen") == "Norra Fäladen")
        #expect(Normalize.properName("Kulturhuset Barbacka") == "Kulturhuset Barbacka")
        #expect(Normalize.slug(["barbacka", "Röda rummet"]) == "barbacka-roda-rummet")
        #expect(Normalize.decimal("56,0294") == 56.0294)
    }

    @Test func contactsInFreeText() {
        let found = Normalize.contacts(in: "Förfrågningar görs till Barbackas reception, 044-13 56 50, barbacka@kristianstad.se.")
        #expect(found.phone == "+46 44 13 56 50")
        #expect(found.email == "barbacka@kristianstad.se")
    }

    @Test func swedishColumnNamesRecognized() {
        let expected: [(String, Field)] = [
            ("Namn", .name), ("Lokal", .name), ("Anläggning", .name), ("Antal personer", .capacity), ("Max antal", .capacity),
            ("Kapacitet", .capacity), ("Platser", .capacity), ("Adress", .street), ("Besöksadress", .street), ("Ort", .district),
            ("Område", .district), ("Stadsdel", .district), ("Yta", .area), ("m²", .area), ("Pris", .price), ("Hyra", .price),
            ("Taxa 1 kr/tim", .price), ("kr per timme", .price), ("Kontakt", .contact), ("Bokning", .contact), ("Telefon", .phone),
            ("E-post", .email), ("Tillgänglighet", .accessibility), ("RWC", .accessibleToilet), ("Hiss", .stepFree),
            ("Hörslinga", .hearingLoop),
        ]
        for (label, field) in expected { #expect(FieldNames.field(for: label, kind: .premises) == field, "\(label)") }
        #expect(FieldNames.field(for: "Sista ansökningsdag", kind: .grants) == .deadline)
        #expect(FieldNames.field(for: "Ansök senast", kind: .grants) == .deadline)
        #expect(FieldNames.field(for: "Målgrupp", kind: .grants) == .applicants)
        #expect(FieldNames.field(for: "Vem kan söka?", kind: .grants) == .applicants)
        #expect(FieldNames.field(for: "Färg", kind: .premises) == nil)
    }
}
