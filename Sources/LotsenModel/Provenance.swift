import Foundation

/// Where a record came from and when the store last saw it.
public struct Provenance: Codable, Sendable, Equatable {
    enum CodingKeys: String, CodingKey { case source, sourceTitle = "source_title", fetchedAt = "fetched_at", checksum, originUrl = "origin_url", createdAt = "created_at", updatedAt = "updated_at", lastSeenAt = "last_seen_at", importRunId = "import_run_id", editedFields = "edited_fields" }

    /// The file or URL the record was read into the store from (seed file, import source).
    public var source: String?
    public var sourceTitle: String?
    /// When that source was read.
    public var fetchedAt: Date?
    /// SHA-256 of the source's bytes, hex.
    public var checksum: String?
    /// The published page the record's facts come from, when known.
    public var originUrl: String?
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date
    /// When an import last found the record in its source.
    public var lastSeenAt: Date
    /// The import run that last saw the record (see `lotsen import --log`); nil for seed records.
    public var importRunId: Int64?
    /// The fields a person set by hand (staff editing): imports keep them as they are.
    public var editedFields: [String] = []

    public init(
        source: String?, sourceTitle: String?, fetchedAt: Date?, checksum: String?, originUrl: String?,
        createdAt: Date, updatedAt: Date, lastSeenAt: Date, importRunId: Int64? = nil
    ) {
        self.importRunId = importRunId
        self.source = source
        self.sourceTitle = sourceTitle
        self.fetchedAt = fetchedAt
        self.checksum = checksum
        self.originUrl = originUrl
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastSeenAt = lastSeenAt
    }
}

/// A stored record with its provenance.
public struct Stored<Item: Codable & Sendable & Equatable>: Sendable, Equatable {
    public var item: Item
    public var provenance: Provenance

    public init(item: Item, provenance: Provenance) {
        self.item = item
        self.provenance = provenance
    }
}
