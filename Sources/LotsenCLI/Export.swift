import ArgumentParser
import Foundation
import LotsenImport
import LotsenStore

extension LotsenCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export premises or grants as CSV (Swedish column names, ; separated, UTF-8), JSON, or open data.",
            discussion: """
                The CSV reads back with `lotsen import FILE --kind KIND`. `--format opendata` writes the open-data table the API \
                serves at /v1/premises.csv (CC0; commas; capacity, area and prices as numbers in columns of their own).

                  lotsen export premises --format csv --output lokaler.csv
                  lotsen export premises --format opendata --output lokaler-oppna-data.csv
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "premises or grants") var kind: RecordKind
        @Option(help: "csv, json or opendata") var format: Exporter.Format = .csv
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
