import ArgumentParser
import Foundation
import Hummingbird
import LotsenAPI
import LotsenGuide
import LotsenWeb

extension LotsenCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the web pages and the HTTP API (creates and seeds the database on first run).")

        @OptionGroup var store: StoreOptions

        @Option(help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "Port to listen on (0: any free port, announced on start).")
        var port: Int = 8080

        @Option(help: "The most memory the response cache holds, in MiB.")
        var cacheMb: Int = 64

        @Option(name: .customLong("allow-write-origin"), help: "An origin (https://host) whose pages may also send enquiries from a browser; repeat for more. Reads are open to any origin.")
        var writeOrigins: [String] = []

        @Option(help: "The service's public address (https://lotsen.example.se), named in the Open311 discovery document; else the request's host.")
        var publicUrl: String?

        @Option(help: "The municipality named as the organization of the HSDS export.")
        var municipality: String = "Kristianstads kommun"

        @Option(help: "The Open311 jurisdiction_id this endpoint serves (e.g. kristianstad.se); requests naming another are refused.")
        var jurisdiction: String?

        @Option(help: "A file of Open311 API keys, one a line: submitting a request then needs one of them. Without it anyone may submit.")
        var open311Keys: String?

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard (0...65_536).contains(cacheMb) else { throw ValidationError("--cache-mb must be between 0 and 65536") }
        }

        func run() async throws {
            let (opened, enquiries) = try store.openWithEnquiries()
            let guide = try EnquiryGuide(store: opened, enquiries: enquiries, routingFile: store.seedDirectory.appendingPathComponent("routing.json"))
            let router = LotsenAPI.buildRouter(store: opened, guide: guide, cacheBytes: cacheMb << 20, open311: try open311Options(),
                                               municipality: municipality)
            try WebPages(store: opened, guide: guide).addRoutes(to: router)
            let catalogue = store.db, enquiryFile = enquiries.path
            let app = LotsenAPI.buildApplication(router: router, host: host, port: port, cors: CORSPolicy(writeOrigins: Set(writeOrigins))) { address in
                // Said only once the port is bound, and written at once (not buffered), so scripts can wait for it.
                FileHandle.standardOutput.write(Data(
                    "Lotsen serves \(catalogue) (enquiries in \(enquiryFile)) on \(address) — pages at /lokaler, /bidrag, /kalender, /kontakt; API at /v1/premises?q=scen\n".utf8))
            }
            try await app.runService()
        }

        /// The Open311 options; a keys file that cannot be read, or holds no key, is an error naming it.
        func open311Options() throws -> Open311Options {
            var keys: Set<String> = []
            if let open311Keys {
                guard let text = try? String(contentsOfFile: open311Keys, encoding: .utf8) else {
                    throw ValidationError("--open311-keys: cannot read \(open311Keys)")
                }
                keys = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
                guard !keys.isEmpty else { throw ValidationError("--open311-keys: \(open311Keys) holds no key") }
            }
            return Open311Options(apiKeys: keys, jurisdiction: jurisdiction, publicURL: publicUrl)
        }
    }
}
