import Foundation
import LotsenCalendar
import LotsenModel
import LotsenStore

/// A problem with one record, named by file, line or record, and field.
public struct RecordIssue: Sendable, Codable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    /// The source's own label for the field, when the issue is about one.
    public var field: String?
    public var message: String

    public var description: String {
        "\(location): " + (field.map { "field '\($0)': " } ?? "") + message
    }
}

/// A record that cannot be imported; the rest of the source still is (unless `--strict`).
struct RecordRejection: Error {
    let issue: RecordIssue
}

/// Answers that repeat from row to row (column labels, vocabulary words, price cells), remembered for one import.
final class BuildMemo {
    var fields: [String: Field?] = [:]
    var codes: [String: String?] = [:]
    var lists: [String: (codes: [String], unknown: [String])] = [:]
    var priceColumns: [String: Normalize.PriceColumn] = [:]

    /// The price column `label` under a table captioned `context`, read once.
    func priceColumn(_ label: String, context: String, defaultTariff: String) -> Normalize.PriceColumn {
        let key = label + "\u{1F}" + context
        if let column = priceColumns[key] { return column }
        let column = Normalize.PriceColumn(header: label, context: context, defaultTariff: defaultTariff)
        priceColumns[key] = column
        return column
    }
}

/// What builders need besides the record: the profile, the vocabulary, the units, the time of the run.
struct BuildContext {
    let memo = BuildMemo()
    var profile: ImportProfile
    var matcher: VocabularyMatcher
    var units: [MunicipalUnit]
    var now: Date
    /// The URL the source was fetched from, if it was.
    var sourceURL: String?
}

/// Builds normalized records from source records: maps labels to fields, applies the profile's
/// defaults and overrides, normalizes every value, and rejects what cannot be read.
struct RecordBuilder {
    let context: BuildContext
    let record: SourceRecord
    private(set) var values: [Field: [(label: String, value: String)]] = [:]
    private(set) var warnings: [RecordIssue] = []
    private(set) var unmapped: [String] = []

    init(_ record: SourceRecord, context: BuildContext) {
        self.record = record
        self.context = context
        for entry in record.values {
            let value = entry.value.trimmingSpaces
            guard !value.isEmpty else { continue }
            let known: Field?
            if let field = entry.field {
                known = field
            } else if let cached = context.memo.fields[entry.label] {
                known = cached
            } else {
                known = context.profile.field(for: entry.label)
                context.memo.fields[entry.label] = known
            }
            guard let field = known else {
                unmapped.append(entry.label)
                continue
            }
            if field != .ignore { values[field, default: []].append((entry.label, value)) }
        }
        for (key, value) in context.profile.defaults {
            if let field = Field(rawValue: key), values[field] == nil { values[field] = [("default \(key)", value)] }
        }
        if let name = values[.name]?.first?.value, let overrides = context.profile.overrides[name] {
            for (key, value) in overrides {
                if let field = Field(rawValue: key) { values[field] = [("override \(key)", value)] }
            }
        }
    }

    private func first(_ field: Field) -> (label: String, value: String)? { values[field]?.first }

    private func reject(_ label: String?, _ message: String) -> RecordRejection {
        RecordRejection(issue: RecordIssue(location: record.location, field: label, message: message))
    }

    private mutating func warn(_ label: String?, _ message: String) {
        warnings.append(RecordIssue(location: record.location, field: label, message: message))
    }

    /// Runs a normalizer and turns its error into a rejection naming the field.
    private func read<T>(_ field: Field, _ normalize: (String) throws(Normalize.ValueError) -> T?) throws(RecordRejection) -> T? {
        guard let (label, value) = first(field) else { return nil }
        do {
            return try normalize(value)
        } catch {
            throw reject(label, error.message)
        }
    }

    private func unit() -> String? {
        guard let (_, value) = first(.ownerUnit) else { return nil }
        let wanted = FieldNames.normalize(value)
        if let unit = context.units.first(where: { $0.id == value || FieldNames.normalize($0.name) == wanted }) { return unit.id }
        return context.units.first(where: {
            let name = FieldNames.normalize($0.name)
            return wanted.contains(name) || name.contains(wanted)
        })?.id
    }

    private func recordId(name: String, defaultKey: [Field]) -> String {
        if let explicit = first(.id)?.value { return Normalize.slug([explicit]) }
        let keyValues = (context.profile.keyFields ?? defaultKey).compactMap { field -> String? in
            guard field != .name else { return name }
            // "Näsbygatan 4, 291 60 Kristianstad": the street alone identifies the place.
            return field == .street || field == .address
                ? first(field)?.value.split(separator: ",").first.map(String.init) : first(field)?.value
        }
        return Normalize.slug([context.profile.idPrefix ?? ""] + keyValues)
    }

    private var originUrl: String? {
        first(.origin)?.value ?? context.profile.originUrl ?? context.sourceURL
    }

    // MARK: Premises

    /// With `requireKind` false a record may leave `kind` empty, for pages that describe one premises in
    /// several places (the importer merges them and checks the kind afterwards).
    mutating func premises(requireKind: Bool = true) throws(RecordRejection) -> (Premises, originUrl: String?) {
        guard let (_, rawName) = first(.name) else { throw reject(nil, "no name (expected a column such as Namn, Lokal or Anläggning)") }
        let name = Normalize.properName(rawName)
        var premises = Premises(id: recordId(name: name, defaultKey: [.name, .street]), name: name, kind: "")
        readKind(&premises, requireKind: requireKind)
        readOwner(&premises)
        readAddress(&premises)
        try readSize(&premises)
        try readPrices(&premises)
        var extraEquipment = readFacilities(&premises)
        extraEquipment += readAccessibility(&premises)
        try readAccessibilityFlags(&premises)
        try readBooking(&premises)
        var description = (values[.description] ?? []).map(\.value)
        if !extraEquipment.isEmpty { description.append("Övrigt: " + extraEquipment.joined(separator: ", ")) }
        premises.description = description.joined(separator: "\n")
        try readLocation(&premises)
        try readWithdrawn(&premises)
        readRentableBy(&premises)
        return (premises, originUrl)
    }

    /// The kind: a known word, else a kind named in the name, else `oklassad` for review (with a warning).
    private mutating func readKind(_ premises: inout Premises, requireKind: Bool) {
        if let (label, value) = first(.kind) {
            let memoized = context.memo.codes[value] ?? context.matcher.code(for: value, in: .premisesKind)
            context.memo.codes[value] = memoized
            if let code = memoized {
                premises.kind = code
            } else {
                premises.kind = Self.unclassifiedKind
                warn(label, "'\(value)' is not a known kind of premises; imported as '\(Self.unclassifiedKind)' for review")
            }
        } else if let code = context.matcher.mentions(in: premises.name, scheme: .premisesKind).first {
            premises.kind = code
        } else if requireKind {
            premises.kind = Self.unclassifiedKind
            warn(nil, Self.missingKind(premises.name))
        }
    }

    /// The venue and the owning unit.
    private mutating func readOwner(_ premises: inout Premises) {
        premises.venue = first(.venue).map { Normalize.properName($0.value) }
        premises.ownerUnitId = unit()
        if let (label, value) = first(.ownerUnit), premises.ownerUnitId == nil { warn(label, "unit '\(value)' is not known; left empty") }
    }

    /// Street, postal code and district, also from one "Adress" column holding them all.
    private mutating func readAddress(_ premises: inout Premises) {
        // Address
        premises.address.street = first(.street).map { Normalize.properName($0.value) }
        // An "Adress" column holding the whole address is read like one.
        if let street = first(.street)?.value, street.contains(","), first(.address) == nil {
            values[.address] = [("Adress", street)]
            premises.address.street = nil
        }
        premises.address.postalCode = first(.postalCode).map { Self.postalCode($0.value) }
        premises.address.district = first(.district).map { Normalize.properName($0.value) }
        if let (_, value) = first(.address) {
            let parts = value.split(separator: ",").map(\.trimmingSpaces)
            if premises.address.street == nil, let street = parts.first { premises.address.street = Normalize.properName(street) }
            if let last = parts.dropFirst().last {
                let digits = last.prefix { $0.isNumber || $0 == " " }
                if digits.filter(\.isNumber).count == 5 {
                    premises.address.postalCode = premises.address.postalCode ?? Self.postalCode(String(digits))
                    let town = last.dropFirst(digits.count).trimmingSpaces
                    if !town.isEmpty, premises.address.district == nil { premises.address.district = Normalize.properName(town) }
                } else if premises.address.district == nil {
                    premises.address.district = Normalize.properName(last)
                }
            }
        }
    }

    /// Capacity ("ca 50 personer") and area.
    private mutating func readSize(_ premises: inout Premises) throws(RecordRejection) {
        if let capacity = try read(.capacity, { text throws(Normalize.ValueError) in try Normalize.capacity(text) }) {
            premises.capacity = capacity.persons
            premises.capacityEstimated = capacity.estimated
        }
        premises.areaSquareMetres = try read(.area, { text throws(Normalize.ValueError) in try Normalize.area(text) })
    }

    /// Prices per tariff group and unit, from every price column.
    private mutating func readPrices(_ premises: inout Premises) throws(RecordRejection) {
        let tariff = context.profile.defaultTariff ?? "taxa1"
        for (label, value) in values[.price] ?? [] {
            do {
                let column = context.memo.priceColumn(label, context: record.context, defaultTariff: tariff)
                for price in try Normalize.prices(value, column: column)
                where !premises.prices.contains(price) {
                    premises.prices.append(price)
                }
            } catch {
                throw reject(label, error.message)
            }
        }
    }

    /// Facility words from the vocabulary; the words it does not know, for the description.
    private mutating func readFacilities(_ premises: inout Premises) -> [String] {
        var extraEquipment: [String] = []
        for (label, value) in values[.facilities] ?? [] {
            let (codes, unknown) = context.memo.lists[value] ?? context.matcher.codes(inList: value, scheme: .facility)
            context.memo.lists[value] = (codes, unknown)
            premises.facilities += codes.filter { !premises.facilities.contains($0) }
            for word in unknown {
                extraEquipment.append(word)
                warn(label, "'\(word)' is not in the facility vocabulary; kept in the description")
            }
        }
        return extraEquipment
    }

    /// Accessibility facts in words ("hiss", "RWC", "hörslinga"); what is not understood, for the description.
    private mutating func readAccessibility(_ premises: inout Premises) -> [String] {
        var extraEquipment: [String] = []
        for (label, value) in values[.accessibility] ?? [] {
            let words = " " + FieldNames.normalize(value) + " "
            if let yes = try? Normalize.bool(value) {
                premises.accessibility.stepFree = yes
                continue
            }
            var understood = false
            if [" hiss ", " ramp ", " trappfri", " entre utan trappsteg", " rullstol", " plan mark", " markplan"].contains(where: words.contains) {
                premises.accessibility.stepFree = true
                understood = true
            }
            if [" ej tillganglig", " inte tillganglig", " trappor ", " trappa "].contains(where: words.contains) {
                premises.accessibility.stepFree = false
                understood = true
            }
            if [" rwc ", " tillganglig toalett", " handikapptoalett", " tillgangligt wc", " rullstolstoalett"].contains(where: words.contains) {
                premises.accessibility.accessibleToilet = true
                understood = true
            }
            if [" horslinga", " teleslinga"].contains(where: words.contains) {
                if !premises.facilities.contains("horslinga") { premises.facilities.append("horslinga") }
                understood = true
            }
            if !understood { warn(label, "'\(value)' was not understood as accessibility facts; kept in the description"); extraEquipment.append(value) }
        }
        return extraEquipment
    }

    /// Yes/no columns for step-free access, an accessible toilet and a hearing loop.
    private mutating func readAccessibilityFlags(_ premises: inout Premises) throws(RecordRejection) {
        if let stepFree = try read(.stepFree, { text throws(Normalize.ValueError) in try Normalize.bool(text) }) {
            premises.accessibility.stepFree = stepFree
        }
        if let toilet = try read(.accessibleToilet, { text throws(Normalize.ValueError) in try Normalize.bool(text) }) {
            premises.accessibility.accessibleToilet = toilet
        }
        if try read(.hearingLoop, { text throws(Normalize.ValueError) in try Normalize.bool(text) }) == true,
           !premises.facilities.contains("horslinga") {
            premises.facilities.append("horslinga")
        }
    }

    /// Booking phone, e-mail, page and note, also from a free-text contact column.
    private mutating func readBooking(_ premises: inout Premises) throws(RecordRejection) {
        premises.booking.phone = try read(.phone, { text throws(Normalize.ValueError) in try Normalize.phone(text) })
        premises.booking.email = try read(.email, { text throws(Normalize.ValueError) in try Normalize.email(text) })
        premises.booking.url = first(.url).map(\.value)
        var notes: [String] = (values[.bookingNote] ?? []).map(\.value)
        for (_, value) in values[.contact] ?? [] {
            if value.hasPrefix("http://") || value.hasPrefix("https://") {
                premises.booking.url = premises.booking.url ?? value
                continue
            }
            let found = Normalize.contacts(in: value)
            premises.booking.phone = premises.booking.phone ?? found.phone
            premises.booking.email = premises.booking.email ?? found.email
            if found.phone == nil && found.email == nil { notes.append(value) }
        }
        premises.booking.note = notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    /// A position, only with both latitude and longitude.
    private mutating func readLocation(_ premises: inout Premises) throws(RecordRejection) {
        let latitude = try read(.latitude) { text throws(Normalize.ValueError) in
            guard let value = Normalize.decimal(text), (-90...90).contains(value) else { throw .init("'\(text)' is not a latitude") }
            return value
        }
        let longitude = try read(.longitude) { text throws(Normalize.ValueError) in
            guard let value = Normalize.decimal(text), (-180...180).contains(value) else { throw .init("'\(text)' is not a longitude") }
            return value
        }
        switch (latitude, longitude) {
        case (let latitude?, let longitude?): premises.location = GeoPoint(latitude: latitude, longitude: longitude)
        case (nil, nil): break
        default: throw reject(first(.latitude)?.label ?? first(.longitude)?.label, "a position needs both latitude and longitude")
        }
    }

    /// Withdrawn: yes/no, or the date it was.
    private mutating func readWithdrawn(_ premises: inout Premises) throws(RecordRejection) {
        if let (label, value) = first(.withdrawn) {
            if let flag = try? Normalize.bool(value) {
                premises.withdrawnAt = flag ? context.now : nil
            } else {
                do {
                    premises.withdrawnAt = try Normalize.date(value)
                } catch {
                    throw reject(label, error.message)
                }
            }
        }
    }

    /// Who may rent it, from words ("föreningar", "privatpersoner", "ungdomar").
    private mutating func readRentableBy(_ premises: inout Premises) {
        if let (_, value) = first(.rentableBy) {
            let words = Set(FieldNames.normalize(value).split(separator: " ").map(String.init))
            let hasWord: ([String]) -> Bool = { options in words.contains { word in options.contains { word.hasPrefix($0) } } }
            premises.rentableBy = RentableBy(
                associations: hasWord(["forening", "organisation", "studieforbund", "skol"]),
                privatePersons: hasWord(["privatperson", "privat", "allmanhet", "alla"]),
                youth: hasWord(["ungdom", "unga"]))
        }
    }


    /// The kind a premises gets when its source names none the vocabulary knows: imported, listed for review.
    static let unclassifiedKind = "oklassad"

    static func missingKind(_ name: String) -> String {
        "no kind of premises given and none recognized in the name '\(name)'; imported as '\(unclassifiedKind)' for review (add a Typ column or a default in the profile)"
    }

    /// "29132" → "291 32".
    static func postalCode(_ text: String) -> String {
        let digits = text.filter(\.isNumber)
        guard digits.count == 5 else { return text.trimmingSpaces }
        return "\(digits.prefix(3)) \(digits.suffix(2))"
    }

    // MARK: Grants

    mutating func grant() throws(RecordRejection) -> (Grant, originUrl: String?) {
        guard let (_, name) = first(.name) else { throw reject(nil, "no name (expected a title or a column such as Namn or Bidrag)") }
        var grant = Grant(id: recordId(name: name, defaultKey: [.name]), name: name)
        grant.summary = first(.summary)?.value ?? ""
        grant.description = (values[.description] ?? []).map(\.value).joined(separator: "\n")
        func coded(_ field: Field, _ scheme: Vocabulary.Scheme) -> [String] {
            var codes: [String] = []
            for (_, value) in values[field] ?? [] {
                let listed = context.matcher.codes(inList: value, scheme: scheme).codes
                for code in listed + context.matcher.mentions(in: value, scheme: scheme) where !codes.contains(code) {
                    codes.append(code)
                }
            }
            return codes
        }
        grant.applicants = coded(.applicants, .applicant)
        grant.categories = coded(.categories, .grantCategory)
        grant.conditions = (values[.conditions] ?? []).flatMap { $0.value.split(separator: "\n").map(\.trimmingSpaces) }
        grant.deadlineText = first(.deadline)?.value
        // The year the page is read in: a date given with its weekday belongs to the nearest year that fits.
        let year = context.now.localDateAndTime(in: .stockholm).0.year
        if grant.deadlineText == nil, let page = first(.deadlinePage)?.value {
            // Only what the page says of applying counts; its sentences become the deadline text.
            grant.deadlineRules = DeadlineParser.parse(page, referenceYear: year).filter { $0.kind != .unknown }
            var phrases: [String] = []
            for rule in grant.deadlineRules where !phrases.contains(rule.phrase) { phrases.append(rule.phrase) }
            grant.deadlineText = phrases.isEmpty ? nil : phrases.joined(separator: " ")
        } else if let text = grant.deadlineText {
            let yearly = first(.deadlineYearly).flatMap { try? Normalize.bool($0.value) } == true
            grant.deadlineRules = DeadlineParser.parse(text, yearlyHint: yearly, referenceYear: year)
        }
        grant.maxAmount = try read(.maxAmount, { text throws(Normalize.ValueError) in try Normalize.amount(text) })
        grant.ownerUnitId = unit()
        if let (label, value) = first(.ownerUnit), grant.ownerUnitId == nil { warn(label, "unit '\(value)' is not known; left empty") }
        grant.funder = first(.funder).map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        let howToApply = (values[.apply] ?? []).map(\.value).joined(separator: " ")
        let words = " " + FieldNames.normalize(howToApply) + " "
        var methods: [String] = []
        if [" e tjanst", " etjanst", " digitalt", " webbformular"].contains(where: words.contains) { methods.append("eservice") }
        if [" blankett", " pappersblankett", " formular "].contains(where: words.contains) { methods.append("form") }
        if [" rbok", " r bok", " bokningssystem", " foreningsregistret"].contains(where: words.contains) { methods.append("system") }
        if [" e post", " mejl", " mail "].contains(where: words.contains) { methods.append("email") }
        grant.applyMethods = methods
        grant.applicationUrl = howToApply.split(separator: " ").first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".,;)")) }
        if grant.deadlineText == nil { warn(nil, "no deadline found (expected e.g. \"Sista ansökningsdag: 15 februari\")") }
        let origin = first(.origin)?.value ?? first(.url)?.value ?? context.profile.originUrl ?? context.sourceURL
        return (grant, origin)
    }
}
