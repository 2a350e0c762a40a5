/// The media type of a `Content-Type` header, compared whole: `application/json; charset=utf-8` is JSON,
/// `application/jsonx` is not.
public enum MediaType {
    public static func `is`(_ expected: String, _ header: String?) -> Bool {
        guard let header else { return false }
        var type = header.prefix { $0 != ";" }
        while let first = type.first, first == " " || first == "\t" { type.removeFirst() }
        while let last = type.last, last == " " || last == "\t" { type.removeLast() }
        return type.lowercased() == expected
    }
}
