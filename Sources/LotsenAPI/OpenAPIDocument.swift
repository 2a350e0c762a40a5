import Foundation

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`.
/// Keep it in step with the controllers: `everyRouteIsAnOperationOfTheDocument` (APITests) checks every route is an
/// operation here and every operation a route.
enum OpenAPIDocument {
    /// The written server, replaced by the configured or requested one when the document is served.
    static let placeholderServer = "http://localhost:8080"

    /// The document with `server` as its one server's URL.
    static func json(server: String) -> String {
        var url = JSONWriter(capacity: server.utf8.count + 2)
        url.string(server)
        return json.replacingOccurrences(of: "\"url\" : \"\(placeholderServer)\"", with: "\"url\" : " + String(decoding: url.bytes, as: UTF8.self))
    }

    /// The document, built once from its parts: the head, the paths and schemas by concern, the shared components,
    /// and each Open311 `.json` operation's `.xml` twin (the same parameters, the answers as `text/xml`, `Xml` after
    /// its operationId).
    static let json: String = {
        func object(_ text: String) -> [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        }
        func merged(_ parts: [String]) -> [String: Any] {
            parts.map(object).reduce(into: [:]) { result, part in result.merge(part) { first, _ in first } }
        }
        var document = object(head)
        // A path may have operations in two files (reading in one, editing in another): its operations merge.
        var paths = ([pathsCatalogue, pathsOpenData, pathsCalendar, pathsEnquiries, pathsOpen311, pathsEditing].map(object) + [editingOperations]).reduce(into: [String: Any]()) { result, part in
            result.merge(part) { first, second in
                (first as? [String: Any] ?? [:]).merging(second as? [String: Any] ?? [:]) { operation, _ in operation }
            }
        }
        for (path, item) in paths where path.hasPrefix("/open311/") && path.hasSuffix(".json") {
            guard let operations = item as? [String: Any] else { continue }
            paths[String(path.dropLast(5)) + ".xml"] = operations.mapValues { xmlTwin(of: $0) }
        }
        var shared = object(components)
        var responses = shared["responses"] as? [String: Any] ?? [:]
        responses["GeoReportErrorsXml"] = [
            "description": "The request was refused: GeoReport's error list as XML (<errors><error><code/><description/></error></errors>)",
            "content": ["text/xml": xmlBody],
        ]
        shared["responses"] = responses
        shared["schemas"] = merged([schemasCatalogue, schemasCalendar, schemasUnits, schemasEnquiries, schemasOpen311, schemasHSDS, schemasEditing])
        document["paths"] = paths
        document["components"] = shared
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    static var xmlBody: [String: Any] { ["schema": ["type": "string", "description": "The same document as XML, with the element names GeoReport v2 shows"]] }

    static func xmlTwin(of operation: Any) -> Any {
        guard var operation = operation as? [String: Any] else { return operation }
        operation["operationId"] = (operation["operationId"] as? String ?? "") + "Xml"
        if let responses = operation["responses"] as? [String: Any] {
            operation["responses"] = responses.mapValues { response -> Any in
                guard var response = response as? [String: Any] else { return response }
                if let reference = response["$ref"] as? String {
                    response["$ref"] = reference.replacingOccurrences(of: "GeoReportErrorsJson", with: "GeoReportErrorsXml")
                } else if response["content"] != nil {
                    response["content"] = ["text/xml": xmlBody]
                }
                return response
            }
        }
        return operation
    }

    /// The document's head (version, info, servers); its paths and components are in the files beside this one.
    static let head = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Lotsen API",
        "version": "1.0.0",
        "summary": "En väg in: lokaler, bidrag och kontaktvägar i Kristianstads kommun.",
        "description": "Query API over the normalized store of premises (lokaler), grants (bidrag) and municipal units; staff with an editor token edit it (PUT, PATCH with If-Match, DELETE), every change audited. JSON with snake_case field names; errors as application/problem+json (RFC 9457). Every list response carries ETag and Last-Modified; send If-None-Match to get 304. CORS: reads (GET, HEAD) from any origin; writes (POST, PUT, PATCH, DELETE) from a browser only from the site itself or a configured origin. HEAD answers every GET operation; a known path with the wrong method is 405 with Allow. Control characters (NUL, escape, DEL, C1) are refused in every text field.",
        "license": {
          "name": "CC0 1.0 (the catalogue: premises, grants, units, calendar)",
          "identifier": "CC0-1.0"
        }
      },
      "servers": [
        {
          "url": "http://localhost:8080"
        }
      ]
    }
    """#
}
