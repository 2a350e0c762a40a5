import Hummingbird
import LotsenStore
import Synchronization

/// Recently encoded list responses, keyed by store revision and request URI.
///
/// The store changes rarely (seed, imports) and every change bumps its revision, so an entry can
/// never be stale: a new revision simply misses. Popular searches are then answered without
/// searching or encoding again. Bounded: when full, the oldest half is dropped.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        let body: ByteBuffer
        let etag: String
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
    }

    private let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    func entry(revision: Int, uri: String) -> Entry? {
        let key = "\(revision) \(uri)"
        return state.withLock { $0.entries[key] }
    }

    func store(_ entry: Entry, revision: Int, uri: String) {
        let key = "\(revision) \(uri)"
        state.withLock { state in
            guard state.entries[key] == nil else { return }
            if state.order.count >= capacity {
                for old in state.order.prefix(capacity / 2) { state.entries[old] = nil }
                state.order.removeFirst(capacity / 2)
            }
            state.entries[key] = entry
            state.order.append(key)
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
