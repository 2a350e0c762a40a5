import Dispatch
import Foundation

/// How many chunks to cut `count` items into: a few per core, so a core that is busy elsewhere (or a worker
/// thread that starts late) leaves its share to the others instead of holding up the whole; one for small inputs.
private func chunkCount(_ count: Int, minimumChunk: Int) -> Int {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    return cores == 1 ? 1 : max(1, min(cores * 4, count / minimumChunk))
}

/// `(0..<count).map(transform)`, computed on all cores in contiguous chunks, each writing its own slots of the
/// result. Small inputs (under `minimumChunk` items a chunk) run on the calling thread.
func inParallel<Element: Sendable>(
    _ count: Int, minimumChunk: Int = 500, _ transform: @Sendable (Int) -> Element
) -> [Element] {
    let chunks = chunkCount(count, minimumChunk: minimumChunk)
    if chunks == 1 { return (0..<count).map(transform) }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = Slots(base: buffer.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) { slots.put(transform(index), at: index) }
        }
        initialized = count
    }
}

/// `work` on contiguous chunks of `0..<count`, a few per core, at the same time; the results in chunk order.
func inParallelChunks<Result: Sendable>(
    _ count: Int, minimumChunk: Int = 500, _ work: @Sendable (Range<Int>) -> Result
) -> [Result] {
    let chunks = chunkCount(count, minimumChunk: minimumChunk)
    return inParallel(chunks, minimumChunk: 1) { chunk in work((count * chunk / chunks)..<(count * (chunk + 1) / chunks)) }
}

/// A result buffer shared by the chunks; each chunk initializes only its own slots, so no two threads touch the same memory.
private struct Slots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    func put(_ value: Element, at index: Int) { (base + index).initialize(to: value) }
}

/// Read-only access to an array's elements from several threads without touching the array's reference count:
/// every access to a captured array retains and releases its one shared buffer, and on two cores that
/// contended counter costs more than the work. Valid only while the array it was made from is alive and unchanged.
struct SharedElements<Element>: @unchecked Sendable {
    let base: UnsafeBufferPointer<Element>
    subscript(index: Int) -> Element { base[index] }
}

extension Array {
    /// Runs `body` with read-only, reference-count-free access for worker threads; see ``SharedElements``.
    func withSharedElements<Result>(_ body: (SharedElements<Element>) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { try body(SharedElements(base: $0)) }
    }
}
