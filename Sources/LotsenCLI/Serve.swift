import ArgumentParser
import Foundation
import Hummingbird
import LotsenAPI
import LotsenWeb

extension LotsenCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the web pages and the HTTP API (creates and seeds the database on first run).")

        @OptionGroup var store: StoreOptions

        @Option(help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "Port to listen on.")
        var port: Int = 8080

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        }

        func run() async throws {
            let (opened, enquiries) = try store.openWithEnquiries()
            let guide = try EnquiryGuide(store: opened, enquiries: enquiries, routingFile: store.seedDirectory.appendingPathComponent("routing.json"))
            let router = LotsenAPI.buildRouter(store: opened, guide: guide)
            try WebPages(store: opened, guide: guide).addRoutes(to: router)
            let app = LotsenAPI.buildApplication(router: router, host: host, port: port)
            print("Lotsen serves \(store.db) on http://\(host):\(port) — pages at /lokaler, /bidrag, /kalender, /kontakt; API at /v1/premises?q=scen")
            try await app.runService()
        }
    }
}
