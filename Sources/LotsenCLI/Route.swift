import ArgumentParser
import Foundation
import LotsenAPI
import LotsenRouting
import LotsenStore

extension LotsenCommand {
    /// `lotsen route "TEXT"`: where an enquiry goes, and what can be answered at once; nothing is stored.
    struct Route: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Route a Swedish enquiry to the responsible unit (en väg in), or evaluate routing on a labelled file.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The enquiry, in Swedish.") var text: String?
        @Option(help: "A topic id from seed/routing.json the caller chose.") var topic: String?
        @Flag(help: "Print the answer as JSON.") var json = false
        @Option(help: "Evaluate routing on a file of `unit<TAB>enquiry` lines; prints top-1/top-3 accuracy and a confusion table.")
        var evaluate: String?

        func run() async throws {
            let routingFile = store.seedDirectory.appendingPathComponent("routing.json")
            if let evaluate {
                let router = try Router(contentsOf: routingFile)
                let cases = try LabelledEnquiry.load(from: URL(fileURLWithPath: evaluate))
                print(RoutingEvaluation.run(router, on: cases).report)
                return
            }
            guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("Give the enquiry text, or --evaluate FILE.")
            }
            let guide = try EnquiryGuide(store: try store.open(), routingFile: routingFile)
            let answer = try guide.answer(Enquiry(text: text, topic: topic), at: Date())
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(answer), as: UTF8.self))
            } else {
                print(answer.text)
            }
        }
    }
}
