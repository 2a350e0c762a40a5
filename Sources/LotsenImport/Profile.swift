import Foundation
import LotsenStore

/// The formats Lotsen reads.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case html, xml, csv, json, text

    /// The format a file name implies: .html/.htm, .xml, .csv/.tsv, .json, .txt/.md.
    public static func guess(fromPath path: String) -> SourceFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": .html
        case "xml": .xml
        case "csv", "tsv": .csv
        case "json": .json
        case "txt", "md", "markdown", "text": .text
        default: nil
        }
    }
}

/// A mapping profile: one folder under `importers/` per source, with `profile.json` and a snapshot
/// of the listing so the default data can be rebuilt offline.
///
/// ```json
/// {
///   "name": "kristianstad-barbacka", "kind": "premises", "format": "html",
///   "origin_url": "https://www.kristianstad.se/…", "snapshot": "uthyrning-av-lokaler.html",
///   "fields": {"Lokal": "name"}, "defaults": {"venue": "Kulturhuset Barbacka"},
///   "id_prefix": "barbacka", "default_tariff": "taxa1"
/// }
/// ```
public struct ImportProfile: Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case name, title, kind, format, originUrl = "origin_url", snapshot, fields, defaults, overrides
        case idPrefix = "id_prefix", keyFields = "key_fields", defaultTariff = "default_tariff"
        case splitNameLists = "split_name_lists", recordElement = "record_element", fetchedAt = "fetched_at"
    }

    public var name: String
    public var title: String?
    public var kind: RecordKind
    public var format: SourceFormat?
    /// The published listing the snapshot is a copy of.
    public var originUrl: String?
    /// The snapshot file or folder, relative to the profile's folder.
    public var snapshot: String?
    /// When the snapshot was taken (ISO date), recorded as the source's fetch time.
    public var fetchedAt: String?
    /// Source label → normalized field; labels not named here are recognized by ``FieldNames``.
    public var fields: [String: Field] = [:]
    /// Values every record gets unless its source gives one (normalized field → value as text).
    public var defaults: [String: String] = [:]
    /// Values for one record, by its name, for facts the source does not carry (field → value as text).
    public var overrides: [String: [String: String]] = [:]
    /// Prepended to generated ids: "barbacka" + "Stora scenen" → `barbacka-stora-scenen`.
    public var idPrefix: String?
    /// The natural key that identifies a record within the source; default name + street.
    public var keyFields: [Field]?
    /// Tariff group for prices that do not name one; default `taxa1`.
    public var defaultTariff: String?
    /// A name cell "Ateljén, Tivolirummet, Röda rummet" stands for three records.
    public var splitNameLists: Bool?
    /// XML: the element each record is (default: the element the root repeats).
    public var recordElement: String?

    /// The folder the profile was read from.
    public var directory: URL?

    public init(name: String, kind: RecordKind) {
        self.name = name
        self.kind = kind
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        kind = try c.decode(RecordKind.self, forKey: .kind)
        format = try c.decodeIfPresent(SourceFormat.self, forKey: .format)
        originUrl = try c.decodeIfPresent(String.self, forKey: .originUrl)
        snapshot = try c.decodeIfPresent(String.self, forKey: .snapshot)
        fetchedAt = try c.decodeIfPresent(String.self, forKey: .fetchedAt)
        fields = try c.decodeIfPresent([String: Field].self, forKey: .fields) ?? [:]
        defaults = try c.decodeIfPresent([String: String].self, forKey: .defaults) ?? [:]
        overrides = try c.decodeIfPresent([String: [String: String]].self, forKey: .overrides) ?? [:]
        idPrefix = try c.decodeIfPresent(String.self, forKey: .idPrefix)
        keyFields = try c.decodeIfPresent([Field].self, forKey: .keyFields)
        defaultTariff = try c.decodeIfPresent(String.self, forKey: .defaultTariff)
        splitNameLists = try c.decodeIfPresent(Bool.self, forKey: .splitNameLists)
        recordElement = try c.decodeIfPresent(String.self, forKey: .recordElement)
        for key in defaults.keys where Field(rawValue: key) == nil {
            throw DecodingError.dataCorruptedError(forKey: .defaults, in: c, debugDescription: "unknown field '\(key)' in defaults")
        }
    }

    /// Reads `profile.json` from a profile folder; the error names the file and field.
    public static func load(directory: URL) throws -> ImportProfile {
        let url = directory.appendingPathComponent("profile.json")
        do {
            var profile = try JSONDecoder().decode(ImportProfile.self, from: Data(contentsOf: url))
            profile.directory = directory
            return profile
        } catch let error as DecodingError {
            throw ImportError("profile: \(error.readableDescription)", at: SourceLocation(file: url.path))
        } catch {
            throw ImportError("cannot read the profile (\(error.localizedDescription))", at: SourceLocation(file: url.path))
        }
    }

    /// True when `directory` holds a `profile.json`.
    public static func exists(in directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("profile.json").path)
    }

    /// The field a source label maps to: the profile's own mapping first, then the common Swedish names.
    func field(for label: String) -> Field? {
        if let field = fields[label] { return field }
        let normalized = FieldNames.normalize(label)
        if let field = fields.first(where: { FieldNames.normalize($0.key) == normalized })?.value { return field }
        return FieldNames.field(for: label, kind: kind)
    }
}
