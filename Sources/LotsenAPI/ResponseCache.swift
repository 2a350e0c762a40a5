import Hummingbird
import LotsenStore
import Synchronization

/// Recently encoded list responses, keyed by store revision and request URI.
///
/// The store changes rarely (seed, imports) and every change bumps its revision, so an entry can
/// never be stale: a new revision simply misses. Popular searches are then answered without
/// searching or encoding again. Bounded in bytes, not entries: one imported record with a huge text
/// must not make a few searches hold gigabytes. A response larger than a sixteenth of the bound is not
/// kept; when the bound would be passed, the oldest entries go until a quarter is free.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        let body: ByteBuffer
        let etag: String

        /// What the entry holds in memory, roughly: its body, its key and some overhead.
        func cost(key: String) -> Int { body.readableBytes + key.utf8.count + etag.utf8.count + 96 }
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var bytes = 0
    }

    /// The most bytes the cache holds.
    let maxBytes: Int
    private let state = Mutex(State())

    /// The default bound: 64 MiB.
    static let defaultMaxBytes = 64 << 20

    init(maxBytes: Int = ResponseCache.defaultMaxBytes) {
        self.maxBytes = max(0, maxBytes)
    }

    /// How many bytes the cache holds now.
    var bytes: Int { state.withLock { $0.bytes } }

    func entry(revision: Int, uri: String) -> Entry? {
        let key = "\(revision) \(uri)"
        return state.withLock { $0.entries[key] }
    }

    func store(_ entry: Entry, revision: Int, uri: String) {
        let key = "\(revision) \(uri)"
        let cost = entry.cost(key: key)
        guard cost <= maxBytes / 16 else { return }
        state.withLock { state in
            guard state.entries[key] == nil else { return }
            if state.bytes + cost > maxBytes {
                var dropped = 0
                while dropped < state.order.count, state.bytes + cost > maxBytes - maxBytes / 4 {
                    let old = state.order[dropped]
                    state.bytes -= state.entries.removeValue(forKey: old)?.cost(key: old) ?? 0
                    dropped += 1
                }
                state.order.removeFirst(dropped)
            }
            state.entries[key] = entry
            state.order.append(key)
            state.bytes += cost
        }
    }
}

extension ResponseCache {
    /// The response for `request`: from the cache when the store has not changed since it was
    /// made, else from `makeValue`, encoded and remembered. `variant` keeps apart answers that also
    /// depend on something besides the URI (the calendar's default range depends on the day).
    func response(
        for request: Request, store: Store, variant: String = "", _ makeValue: () throws -> some Encodable
    ) throws -> Response {
        let version = try store.version()
        let uri = variant + request.uri.description
        if let cached = entry(revision: version.revision, uri: uri) {
            return JSONResponse.respond(cached, request: request, lastModified: version.modifiedAt)
        }
        let entry = try JSONResponse.encode(try makeValue())
        self.store(entry, revision: version.revision, uri: uri)
        return JSONResponse.respond(entry, request: request, lastModified: version.modifiedAt)
    }
}
