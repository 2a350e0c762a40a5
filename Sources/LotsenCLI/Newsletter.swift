import ArgumentParser
import Foundation
import LotsenGuide
import LotsenModel

extension LotsenCommand {
    /// `lotsen newsletter --month 2027-02`: a draft for the municipality's newsletter to associations.
    struct Newsletter: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the month's newsletter draft (HTML and plain text): deadlines of the month and the next, what changed the month before, the årshjul's events.")

        @OptionGroup var store: StoreOptions
        @Option(help: "The month, YYYY-MM.") var month: String
        @Option(name: .customLong("out"), help: "Folder the two files are written to (default: the working directory).") var out: String = "."
        @Option(name: .customLong("site"), help: "The public address the links point to.") var site: String = "http://localhost:8080"

        func run() async throws {
            let parts = month.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let number = Int(parts[1]),
                  let first = LocalDate(year: year, month: number, day: 1) else {
                throw ValidationError("--month must be YYYY-MM, e.g. 2027-02")
            }
            let draft = try NewsletterDraft.make(store: try store.open(), month: first, site: site.hasSuffix("/") ? String(site.dropLast()) : site)
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (suffix, body) in [("html", draft.html), ("txt", draft.text)] {
                let file = folder.appendingPathComponent("nyhetsbrev-\(month).\(suffix)")
                try Data(body.utf8).write(to: file, options: .atomic)
                print(file.path)
            }
        }
    }
}
