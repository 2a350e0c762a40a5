import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches an http(s) source with a timeout and a size cap; every failure says which URL and why.
enum Fetcher {
    static func fetch(_ url: URL, timeout: TimeInterval = 20, maximumBytes: Int = Markup.maximumBytes) async throws -> [UInt8] {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("Lotsen importer", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw ImportError("cannot fetch the source: \(error.localizedDescription)", at: SourceLocation(file: url.absoluteString))
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw ImportError("the server answered HTTP \(http.statusCode)", at: SourceLocation(file: url.absoluteString))
        }
        guard data.count <= maximumBytes else {
            throw ImportError("the response is \(data.count) bytes; at most \(maximumBytes) are read", at: SourceLocation(file: url.absoluteString))
        }
        return [UInt8](data)
    }
}
