import ArgumentParser
import Foundation
import LotsenImport
import LotsenStore

extension LotsenCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export premises or grants as CSV (Swedish column names, ; separated, UTF-8) or JSON.",
            discussion: "The CSV reads back with `lotsen import FILE --kind KIND`.\n\n  lotsen export premises --format csv --output lokaler.csv")

        @OptionGroup var store: StoreOptions
        @Argument(help: "premises or grants") var kind: RecordKind
        @Option(help: "csv or json") var format: Exporter.Format = .csv
        @Option(name: .shortAndLong, help: "File to write (default: standard output).") var output: String?

        func run() async throws {
            let bytes = try Exporter(store: try store.open()).export(kind, format: format)
            if let output {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}

extension Exporter.Format: ExpressibleByArgument {}
