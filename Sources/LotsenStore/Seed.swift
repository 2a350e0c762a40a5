import Foundation
import LotsenModel

/// The default dataset: JSON files in a `seed/` folder, written from the municipality's public pages.
///
/// - `vocabulary.json`: the controlled vocabularies.
/// - `units.json`: units with contact channels and opening hours.
/// - `events.json` (optional): the årshjul's recurring events (dialogue conference, theme meetings).
/// - `samverkan.json` (optional): `{"styrgrupp": [...], "iop": [...]}`, the styrgrupp's members and the IOP register.
/// - `premises.json`, `grants.json` (optional): `{"records": [...]}`, each record with an `origin_url`.
///   Kristianstad's premises and grants come from the import profiles in `importers/` instead.
public struct SeedDataset: Sendable {
    public struct Record<Item: Codable & Sendable>: Sendable {
        public let item: Item
        public let originUrl: String?
    }

    public struct File: Sendable {
        public let name: String
        public let checksum: String
    }

    public var vocabulary: Vocabulary
    public var units: [MunicipalUnit]
    public var premises: [Record<Premises>]
    public var grants: [Record<Grant>]
    public var events: [CalendarEvent]
    public var steeringGroup: [SteeringGroupMember] = []
    public var iopAgreements: [IOPAgreement] = []
    public var files: [File]

    /// Reads and checks every seed file in `directory`; the error names the file and field at fault.
    public static func load(from directory: URL) throws -> SeedDataset {
        var files: [File] = []
        func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            let url = directory.appendingPathComponent(name)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw StoreError("\(url.path): cannot read seed file (\(error.localizedDescription))")
            }
            files.append(File(name: name, checksum: SHA256.hex(data)))
            do {
                return try JSONDecoder.lotsen.decode(T.self, from: data)
            } catch let error as DecodingError {
                throw StoreError("\(url.path): \(error.readableDescription)")
            }
        }
        let vocabulary = try read("vocabulary.json", as: Vocabulary.self)
        let units = try read("units.json", as: [MunicipalUnit].self)
        // Premises and grants normally come from the import profiles in `importers/`; a seed may add its own.
        func optional<Item>(_ name: String, _ type: Item.Type) throws -> [RecordFile<Item>.Entry] {
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) else { return [] }
            return try read(name, as: RecordFile<Item>.self).records
        }
        let premises = try optional("premises.json", Premises.self)
        let grants = try optional("grants.json", Grant.self)
        let events = FileManager.default.fileExists(atPath: directory.appendingPathComponent("events.json").path)
            ? try read("events.json", as: [CalendarEvent].self) : []
        let samverkan = FileManager.default.fileExists(atPath: directory.appendingPathComponent("samverkan.json").path)
            ? try read("samverkan.json", as: SamverkanFile.self) : SamverkanFile(styrgrupp: [], iop: [])
        return SeedDataset(
            vocabulary: vocabulary, units: units,
            premises: premises.map { Record(item: $0.item, originUrl: $0.originUrl) },
            grants: grants.map { Record(item: $0.item, originUrl: $0.originUrl) },
            events: events, steeringGroup: samverkan.styrgrupp, iopAgreements: samverkan.iop, files: files)
    }
}

private struct SamverkanFile: Decodable {
    let styrgrupp: [SteeringGroupMember]
    let iop: [IOPAgreement]
}

/// `{"records": [...]}` where each record is the item's fields plus `origin_url`.
private struct RecordFile<Item: Codable & Sendable>: Decodable {
    struct Entry: Decodable {
        let item: Item
        let originUrl: String?

        enum CodingKeys: String, CodingKey { case originUrl = "origin_url" }

        init(from decoder: any Decoder) throws {
            item = try Item(from: decoder)
            originUrl = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .originUrl)
        }
    }

    let records: [Entry]
}

/// What a seed or import wrote, per kind.
public struct SeedReport: Sendable, Equatable, CustomStringConvertible {
    public var units: [WriteOutcome: Int] = [:]
    public var premises: [WriteOutcome: Int] = [:]
    public var grants: [WriteOutcome: Int] = [:]

    public var description: String {
        func line(_ name: String, _ counts: [WriteOutcome: Int]) -> String {
            "\(name): \(counts[.added] ?? 0) added, \(counts[.updated] ?? 0) updated, \(counts[.unchanged] ?? 0) unchanged"
        }
        return [line("units", units), line("premises", premises), line("grants", grants)].joined(separator: "\n")
    }
}

extension Store {
    /// Writes the dataset in one transaction: on any error nothing is written.
    @discardableResult
    public func apply(_ seed: SeedDataset, now: Date = Date()) throws -> SeedReport {
        try transaction(now: now) { transaction in
            var report = SeedReport()
            var sources: [String: Int64] = [:]
            for file in seed.files {
                sources[file.name] = try transaction.source(
                    uri: "seed/\(file.name)", title: "Lotsen seed: \(file.name)", fetchedAt: now, checksum: file.checksum)
            }
            try transaction.put(seed.vocabulary)
            // Parents before children, so `parent_id` always refers to a stored unit.
            let ordered = seed.units.sorted { ($0.parentId == nil ? 0 : 1) < ($1.parentId == nil ? 0 : 1) }
            for unit in ordered {
                report.units[try transaction.put(unit, sourceId: sources["units.json"]), default: 0] += 1
            }
            for record in seed.premises {
                let outcome = try transaction.put(record.item, originUrl: record.originUrl, sourceId: sources["premises.json"])
                report.premises[outcome, default: 0] += 1
            }
            for record in seed.grants {
                let outcome = try transaction.put(record.item, originUrl: record.originUrl, sourceId: sources["grants.json"])
                report.grants[outcome, default: 0] += 1
            }
            for event in seed.events { try transaction.put(event) }
            for member in seed.steeringGroup { try transaction.put(member) }
            for agreement in seed.iopAgreements { try transaction.put(agreement) }
            return report
        }
    }
}

extension JSONDecoder {
    /// The decoder for Lotsen's JSON files: ISO 8601 dates; the types name their snake_case keys.
    public static var lotsen: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension JSONEncoder {
    /// The encoder for Lotsen's JSON: ISO 8601 dates, stable key order; the types name their snake_case keys
    /// (explicit keys: Foundation's snake_case conversion costs more than the rest of encoding).
    public static var lotsen: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension DecodingError {
    /// "records[3].capacity: expected Int, found a string" — the path and the problem.
    public var readableDescription: String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "(top level)" : text)
        }
        switch self {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type) (\(context.debugDescription))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): missing \(type) value"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required field is missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return localizedDescription
        }
    }
}
