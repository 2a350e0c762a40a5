import Foundation
import LotsenModel

/// Reads RFC 4180 CSV one record at a time, from a file (streaming, in bounded memory) or from memory.
///
/// - The delimiter is sniffed from the header line: `;` (Swedish Excel), `,` or tab.
/// - Quoted fields may hold delimiters, doubled quotes and line breaks.
/// - A UTF-8 byte-order mark is skipped; input that is not valid UTF-8 is read as Windows-1252,
///   so "Föreningslokal" from an old Excel export does not turn into mojibake.
/// - Empty lines are skipped. A quoted field that is never closed fails the read with its line.
public final class CSVReader {
    /// One record and the line it starts on.
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let file: String
    public let encoding: TextEncoding
    /// `;`, `,` or tab.
    public let delimiter: UInt8
    /// Size of the input in bytes, and how many have been consumed (for progress).
    public let totalBytes: Int
    public private(set) var bytesConsumed = 0
    /// SHA-256 of the input's bytes, hex, computed in the first pass.
    public let checksum: String

    private let source: any ChunkSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Opens `path`; `file` is the name errors use.
    public convenience init(path: String, file: String? = nil) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError("cannot open the file", at: SourceLocation(file: file ?? path))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        try self.init(source: FileChunks(handle: handle), file: file ?? path, totalBytes: size)
    }

    public convenience init(bytes: [UInt8], file: String) throws {
        try self.init(source: MemoryChunks(bytes: bytes), file: file, totalBytes: bytes.count)
    }

    init(source: any ChunkSource, file: String, totalBytes: Int) throws {
        self.source = source
        self.file = file
        self.totalBytes = totalBytes
        // First pass: is the whole input UTF-8? Then start again from the top.
        var validator = UTF8Validator()
        var hash = SHA256()
        var valid = true
        var first = true
        while true {
            let chunk = try source.next()
            if chunk.isEmpty { break }
            hash.update(chunk)
            let body = first && chunk.starts(with: TextDecoding.byteOrderMark) ? chunk[3...] : chunk[...]
            first = false
            if valid { valid = validator.feed(body) }
        }
        checksum = hash.finalizeHex()
        encoding = valid && validator.finish() ? .utf8 : .windows1252
        try source.rewind()
        buffer = try source.next()
        if buffer.starts(with: TextDecoding.byteOrderMark) {
            position = 3
            bytesConsumed = 3
        }
        delimiter = Self.sniffDelimiter(buffer[position...])
    }

    /// The delimiter that occurs most often on the first line outside quotes; `;` wins ties.
    static func sniffDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ";"): 0, UInt8(ascii: ","): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in bytes {
            if byte == quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == newline || byte == carriageReturn { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]
        let best = order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
        return counts[best]! == 0 ? UInt8(ascii: ",") : best
    }

    /// The byte at `position`, reading the next chunk when the current one is used up; nil at the end.
    @inline(__always)
    private func peekByte() throws -> UInt8? {
        if position == buffer.count {
            if atEnd { return nil }
            buffer = try source.next()
            position = 0
            if buffer.isEmpty {
                atEnd = true
                return nil
            }
        }
        return buffer[position]
    }

    @inline(__always)
    private func nextByte() throws -> UInt8? {
        guard let byte = try peekByte() else { return nil }
        position += 1
        bytesConsumed += 1
        return byte
    }

    /// The next record, or nil at the end of the input.
    public func next() throws -> Row? {
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quoted = false
        var startLine = line
        var quoteLine = line

        func finishField() {
            fields.append(TextDecoding.decode(field, as: encoding))
            field.removeAll(keepingCapacity: true)
            quoted = false
        }

        while true {
            guard let byte = try nextByte() else {
                if inQuotes {
                    throw ImportError("a quoted field that starts here is never closed", at: SourceLocation(file: file, line: quoteLine))
                }
                if fields.isEmpty && field.isEmpty && !quoted { return nil }
                finishField()
                return Row(line: startLine, fields: fields)
            }
            if inQuotes {
                if byte == Self.quote {
                    if try peekByte() == Self.quote {
                        _ = try nextByte()
                        field.append(Self.quote)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == Self.newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case delimiter:
                finishField()
            case Self.carriageReturn, Self.newline:
                if byte == Self.carriageReturn, try peekByte() == Self.newline { _ = try nextByte() }
                line += 1
                if fields.isEmpty && field.isEmpty && !quoted {
                    startLine = line  // an empty line
                    continue
                }
                finishField()
                return Row(line: startLine, fields: fields)
            case Self.quote where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
                quoteLine = line
            default:
                field.append(byte)
            }
        }
    }
}

/// Input in pieces, so a large file never has to be in memory at once.
protocol ChunkSource: AnyObject {
    /// The next piece; empty at the end.
    func next() throws -> [UInt8]
    func rewind() throws
}

final class FileChunks: ChunkSource {
    let handle: FileHandle
    let size = 1 << 20

    init(handle: FileHandle) { self.handle = handle }
    deinit { try? handle.close() }

    func next() throws -> [UInt8] {
        guard let data = try handle.read(upToCount: size) else { return [] }
        return [UInt8](data)
    }

    func rewind() throws { try handle.seek(toOffset: 0) }
}

final class MemoryChunks: ChunkSource {
    let bytes: [UInt8]
    var done = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    func next() throws -> [UInt8] {
        defer { done = true }
        return done ? [] : bytes
    }

    func rewind() throws { done = false }
}
