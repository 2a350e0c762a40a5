import Foundation
import LotsenModel

/// The fields of a query string or an `application/x-www-form-urlencoded` body, decoded leniently: pages show
/// a bad value next to its field instead of refusing the request, and unknown names are ignored.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ encoded: String?) {
        guard let encoded, !encoded.isEmpty else { return }
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else { continue }
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The first non-empty value of `name`, trimmed.
    subscript(_ name: String) -> String? {
        all(name).first
    }

    /// Every non-empty value of `name`, trimmed, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map { $0.value.trimmed }.filter { !$0.isEmpty }
    }

    /// Percent-encodes name–value pairs into a query string (`a=1&b=x%20y`), empty values left out.
    private static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ pairs: [(String, String)]) -> String {
        return pairs.filter { !$0.1.isEmpty }.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}
