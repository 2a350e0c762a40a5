/// The media type of a `Content-Type` header, compared whole: `application/json; charset=utf-8` is JSON,
/// `application/jsonx` is not.
public enum MediaType {
    public static func `is`(_ expected: String, _ header: String?) -> Bool {
        guard let header else { return false }
        let type = header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased() == expected
    }
}
