import LotsenModel
import LotsenStore

/// The normalized fields a source column, definition or section can map to.
public enum Field: String, Sendable, Codable, CaseIterable {
    // Shared
    case id, name, description, url, contact, phone, email
    /// The published page a record's facts come from.
    case origin
    case ownerUnit = "owner_unit"
    // Premises
    case kind, venue, street, district, address, capacity, area, price, facilities, accessibility
    case postalCode = "postal_code", stepFree = "step_free", accessibleToilet = "accessible_toilet"
    case hearingLoop = "hearing_loop", latitude, longitude, withdrawn
    case rentableBy = "rentable_by", bookingNote = "booking_note"
    // Grants
    case summary, applicants, categories, conditions, deadline, apply
    case maxAmount = "max_amount"
    /// Who grants it, when not the municipality ("Finansiär", "Bidragsgivare").
    case funder
    /// "ja" when a dated deadline comes back every year (Kulturnatt is every May): later years are projected.
    case deadlineYearly = "deadline_yearly"
    /// A whole grant page's text, read in context (``DeadlineParser``) when no sentence of it states the deadline.
    case deadlinePage = "deadline_page"
    /// A source field that is read but not stored.
    case ignore
}

/// Recognizes the column names, labels and section titles Swedish municipal listings use.
public enum FieldNames {
    /// Lower-cased, diacritics folded, punctuation as single spaces: "Antal personer (max)" → "antal personer max".
    public static func normalize(_ label: String) -> String {
        LatinFold.words(label) ?? normalizeByCharacter(label)
    }

    /// The general path of ``normalize(_:)``, for text with characters ``LatinFold`` does not know.
    static func normalizeByCharacter(_ label: String) -> String {
        var result = ""
        var space = false
        for character in SwedishText.foldLabel(label) {
            if character.isLetter || character.isNumber {
                if space, !result.isEmpty { result.append(" ") }
                result.append(character == "²" ? "2" : character)
                space = false
            } else {
                space = true
            }
        }
        return result
    }

    /// Aliases per field, tried in order: an exact match first, then a label that starts with an alias.
    static let shared: [(Field, [String])] = [
        (.id, ["id", "lotsen id"]),
        (.phone, ["telefon", "tel", "telefonnummer", "telnr"]),
        (.email, ["e post", "epost", "mejl", "mail", "e mail", "e postadress"]),
        (.url, ["webb", "webbplats", "lank", "url", "hemsida", "webbadress", "bokningslank", "e tjanst"]),
        (.origin, ["kalla", "kalla url", "sidans adress", "publicerad pa"]),
        (.contact, ["kontakt", "bokning", "bokas via", "boka", "kontaktuppgifter", "bokning kontakt"]),
        (.description, ["beskrivning", "om lokalen", "information", "ovrigt", "kommentar", "om bidraget", "syfte"]),
        (.ownerUnit, ["ansvarig forvaltning", "forvaltning", "ansvarig", "agare", "huvudman", "ansvarig enhet"]),
    ]

    static let premises: [(Field, [String])] = [
        (.name, ["namn", "lokal", "lokalnamn", "lokalens namn", "anlaggning", "lokal anlaggning", "benamning", "rum"]),
        (.kind, ["typ", "lokaltyp", "typ av lokal", "kategori", "sort", "anlaggningstyp"]),
        (.venue, ["byggnad", "fastighet", "hus", "plats", "anlaggningens namn"]),
        (.street, ["adress", "besoksadress", "gatuadress", "gata"]),
        (.postalCode, ["postnummer", "postnr"]),
        (.district, ["ort", "omrade", "stadsdel", "kommundel", "postort", "ort omrade", "tatort"]),
        (.capacity, ["antal personer", "max antal", "kapacitet", "platser", "antal platser", "personer", "max personer",
                     "sittplatser", "max antal personer", "antal"]),
        (.area, ["yta", "m2", "kvm", "area", "storlek", "yta m2", "lokalyta"]),
        (.price, ["pris", "hyra", "taxa", "kostnad", "avgift", "timhyra", "kr per timme", "hyra kr"]),
        (.facilities, ["utrustning", "faciliteter", "utbud", "inventarier", "finns", "utrustning och service"]),
        (.accessibility, ["tillganglighet", "tillganglig", "tillgangligt"]),
        (.stepFree, ["hiss", "entre utan trappsteg", "trappfri", "trappfri entre", "rullstol", "tillganglig entre", "ramp",
                     "rullstolsanpassad"]),
        (.accessibleToilet, ["rwc", "handikapptoalett", "tillganglig toalett", "wc for rorelsehindrade", "rullstolstoalett"]),
        (.hearingLoop, ["horslinga", "teleslinga"]),
        (.latitude, ["lat", "latitud", "latitude"]),
        (.longitude, ["lon", "lng", "longitud", "longitude"]),
        (.withdrawn, ["stangd", "upphor", "avvecklad", "stangd fran", "upphort", "ej langre uthyrd"]),
        (.rentableBy, ["hyrs ut till", "vem kan hyra", "uthyrning till", "for vem", "malgrupp"]),
        (.bookingNote, ["bokningsregler", "villkor", "bokningsinformation", "att tanka pa"]),
    ]

    static let grants: [(Field, [String])] = [
        (.name, ["namn", "bidrag", "bidragets namn", "rubrik", "titel", "stod"]),
        (.summary, ["sammanfattning", "kort om bidraget", "ingress"]),
        (.applicants, ["vem kan soka", "malgrupp", "sokande", "vem far soka", "for vem", "vilka kan soka"]),
        (.categories, ["vad kan bidraget anvandas till", "vad kan man soka for", "anvandning", "kategori", "andamal",
                       "vad kan man soka bidrag for", "vad kan du soka for", "omrade"]),
        (.conditions, ["villkor", "krav", "regler", "forutsattningar", "villkor for bidraget", "bidragsregler"]),
        (.deadlineYearly, ["aterkommer varje ar", "arligen aterkommande"]),
        (.deadline, ["sista ansokningsdag", "ansok senast", "soks senast", "ansokningsperiod", "nar kan man soka",
                     "deadline", "sista dag", "nar soker man", "ansokningstid", "sista ansokningsdatum"]),
        (.apply, ["ansokan", "sa ansoker du", "sa soker du", "ansok", "hur soker man", "sok bidraget", "ansokningssatt"]),
        (.maxAmount, ["belopp", "maxbelopp", "hogsta belopp", "max belopp", "bidragsbelopp", "bidragets storlek"]),
        (.funder, ["finansiar", "bidragsgivare", "funder", "givare", "utlyses av", "beviljas av"]),
    ]

    /// The field `label` names for records of `kind`, or nil when it is not recognized.
    public static func field(for label: String, kind: RecordKind) -> Field? {
        let normalized = normalize(label)
        guard !normalized.isEmpty else { return nil }
        let table = (kind == .premises ? premises : grants) + shared
        for (field, aliases) in table where aliases.contains(normalized) { return field }
        for (field, aliases) in table where aliases.contains(where: { normalized.hasPrefix($0 + " ") }) { return field }
        if kind == .premises {
            let words = Set(normalized.split(separator: " "))
            // "Taxa 1 kr/tim", "Pris heldag", "Hyra per timme (kr)".
            if !words.isDisjoint(with: ["taxa", "kr", "pris", "hyra", "sek", "timhyra", "dagshyra"]) { return .price }
        }
        return nil
    }
}

extension SwedishText {
    /// `fold` for labels; kept apart so label rules can change without touching search folding.
    static func foldLabel(_ text: String) -> String { fold(text) }
}
