import Foundation
import Hummingbird
import LotsenModel

/// The stylesheet and the one script, kept as files in `Assets/`, read once and served from memory. Their URLs
/// carry a fingerprint of the content (`/static/lotsen.css?v=…`), so browsers may keep them for a year.
struct Assets: Sendable {
    struct File: Sendable {
        let name: String
        let contentType: String
        let bytes: ByteBuffer
        let fingerprint: String

        /// The URL pages link to.
        var url: String { "/static/\(name)?v=\(fingerprint)" }
    }

    let files: [String: File]

    init() throws {
        var files: [String: File] = [:]
        for (name, type) in [("lotsen.css", "text/css; charset=utf-8"), ("kontakt.js", "text/javascript; charset=utf-8")] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Assets") else {
                throw WebSetupError("the asset \(name) is missing from the LotsenWeb bundle")
            }
            let data = try Data(contentsOf: url)
            files[name] = File(name: name, contentType: type, bytes: ByteBuffer(bytes: data), fingerprint: String(SHA256.hex(data).prefix(12)))
        }
        self.files = files
    }

    var stylesheet: File { files["lotsen.css"]! }
    var contactScript: File { files["kontakt.js"]! }

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("static/:name") { request, context -> Response in
            let name = try context.parameters.require("name")
            guard let file = files[name] else { throw HTTPError(.notFound) }
            let etag = "\"\(file.fingerprint)\""
            let fingerprinted = request.uri.queryParameters["v"].map { String($0) == file.fingerprint } ?? false
            var headers: HTTPFields = [
                .contentType: file.contentType, .eTag: etag, .xContentTypeOptions: "nosniff",
                .cacheControl: fingerprinted ? "public, max-age=31536000, immutable" : "public, max-age=3600",
            ]
            if request.headers[.ifNoneMatch] == etag {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.bytes))
        }
    }
}

/// The web pages could not be set up (a missing asset); names what is missing.
struct WebSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
