import Foundation
import LotsenModel
import LotsenRouting

/// Premises by the analysed words of their name, kind, venue, district, description and facilities, read once per
/// store revision: an enquiry's terms find them without a query to SQLite. Words nearly all premises share do not count.
struct PremisesTerms: Sendable {
    private let items: [RouteAnswer.PremisesAnswer]
    private let postings: [String: [Int]]

    init(_ premises: [Premises], analyzer: SwedishAnalyzer) {
        items = premises.map { item in
            RouteAnswer.PremisesAnswer(
                id: item.id, name: item.name, kind: item.kind, district: item.address.district, capacity: item.capacity,
                bookingPhone: item.booking.phone, bookingEmail: item.booking.email, bookingUrl: item.booking.url)
        }
        var postings: [String: [Int]] = [:]
        for (index, item) in premises.enumerated() {
            let text = ([item.name, item.kind, item.venue ?? "", item.address.district ?? "", item.description] + item.facilities)
                .joined(separator: " ")
            for term in Set(analyzer.terms(text)) { postings[term, default: []].append(index) }
        }
        self.postings = postings
    }

    /// At most five premises sharing the most specific terms with the enquiry, best first, then by name.
    func matching(_ terms: [String]) -> [RouteAnswer.PremisesAnswer] {
        guard !items.isEmpty else { return [] }
        let common = max(3, items.count * 3 / 4)
        var scores: [Int: Double] = [:]
        for term in Set(terms) {
            guard let hits = postings[term], hits.count < common else { continue }
            let weight = log(Double(items.count + 1) / Double(hits.count))
            for index in hits { scores[index, default: 0] += weight }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : items[$0.key].name < items[$1.key].name }
            .prefix(5).map { items[$0.key] }
    }
}
