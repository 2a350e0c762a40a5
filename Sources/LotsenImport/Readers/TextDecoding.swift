/// The character encodings Swedish exports come in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    /// Windows-1252, a superset of ISO-8859-1 for printable text; what Swedish Excel writes by default.
    case windows1252 = "windows-1252"
}

/// Decides and applies a source's encoding: UTF-8 when every byte sequence is valid UTF-8, else Windows-1252.
///
/// The check runs over the whole input in chunks (``UTF8Validator``), so a file that is UTF-8 for
/// its first megabyte and Latin-1 after it is still read right.
enum TextDecoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Windows-1252's characters for 0x80–0x9F (0 where the code page leaves a hole).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if byte < 0x80 || byte >= 0xA0 {
                    scalars.append(Unicode.Scalar(byte))
                } else {
                    let value = windows1252High[Int(byte - 0x80)]
                    scalars.append(Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}")
                }
            }
            return String(scalars)
        }
    }

    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
        bytes.withUnsafeBufferPointer { decode($0, as: encoding) }
    }

    /// The encoding of a whole in-memory text, with a leading byte-order mark dropped.
    static func decodeDocument(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding) {
        let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        var validator = UTF8Validator()
        let encoding: TextEncoding = validator.feed(body[...]) && validator.finish() ? .utf8 : .windows1252
        return (decode(body, as: encoding), encoding)
    }
}

/// Checks UTF-8 validity over input fed in pieces (a sequence may be split between pieces).
struct UTF8Validator {
    private var pending = 0          // continuation bytes still expected
    private var minimum: UInt32 = 0  // smallest scalar the current sequence may encode (rejects overlong forms)
    private var scalar: UInt32 = 0

    /// Feeds the next piece; false as soon as the input cannot be UTF-8.
    mutating func feed(_ bytes: ArraySlice<UInt8>) -> Bool {
        for byte in bytes {
            if pending > 0 {
                guard byte & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if pending == 0 {
                    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                }
            } else if byte < 0x80 {
                continue
            } else if byte & 0xE0 == 0xC0 {
                (pending, minimum, scalar) = (1, 0x80, UInt32(byte & 0x1F))
            } else if byte & 0xF0 == 0xE0 {
                (pending, minimum, scalar) = (2, 0x800, UInt32(byte & 0x0F))
            } else if byte & 0xF8 == 0xF0 {
                (pending, minimum, scalar) = (3, 0x10000, UInt32(byte & 0x07))
            } else {
                return false
            }
        }
        return true
    }

    /// True when the input did not end inside a sequence.
    func finish() -> Bool { pending == 0 }
}
