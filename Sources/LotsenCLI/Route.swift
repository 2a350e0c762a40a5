import ArgumentParser
import Foundation
import LotsenAPI
import LotsenGuide
import LotsenModel
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
        @Flag(name: .customLong("evaluate-corrections"),
              help: "Re-evaluate routing on every enquiry staff re-routed: the rules alone, then with what the corrections taught.")
        var evaluateCorrections = false

        func run() async throws {
            let routingFile = store.seedDirectory.appendingPathComponent("routing.json")
            if let evaluate {
                let router = try Router(contentsOf: routingFile)
                let cases = try LabelledEnquiry.load(from: URL(fileURLWithPath: evaluate))
                print(RoutingEvaluation.run(router, on: cases).report)
                return
            }
            if evaluateCorrections {
                let router = try Router(contentsOf: routingFile)
                let corrections = try store.openWithEnquiries().1.routingCorrections()
                let cases = corrections.enumerated().map { LabelledEnquiry(unit: $0.element.correctedTo, text: $0.element.text, line: $0.offset + 1) }
                guard !cases.isEmpty else {
                    print("Inga omdirigerade ärenden än / No re-routed enquiries yet.")
                    return
                }
                let learned = Router(knowledge: router.knowledge, learned: LearnedWeights.learn(
                    from: corrections.map { ($0.text, $0.routedTo, $0.correctedTo) }, analyzer: router.analyzer))
                print("\(cases.count) corrected enquiries\n\n== the hand-written rules alone\n" + RoutingEvaluation.run(router, on: cases).report)
                print("\n== with the corrections learned\n" + RoutingEvaluation.run(learned, on: cases).report)
                return
            }
            guard let text, !text.trimmed.isEmpty else {
                throw ValidationError("Give the enquiry text, or --evaluate FILE.")
            }
            let (catalogue, enquiries) = try store.openWithEnquiries()
            let guide = try EnquiryGuide(store: catalogue, enquiries: enquiries, routingFile: routingFile)
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
