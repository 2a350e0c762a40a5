import LotsenModel
import LotsenStore

/// What a person is told when a search was widened to show anything at all, the same on the pages and in the
/// terminal: "Inga träffar för ”x” i Åhus; visar hela kommunen."
public enum SearchNotice {
    /// The notice in Swedish and English, or nil when nothing was left out. `kindLabel` names a kind code.
    public static func relaxed(
        _ relaxed: [PremisesSearchResult.Relaxation], kindLabel: (String) -> (sv: String, en: String)?
    ) -> (sv: String, en: String)? {
        guard !relaxed.isEmpty else { return nil }
        let words = relaxed.filter { $0.parameter == "q" }.map { "”\($0.value)”" }.joined(separator: ", ")
        let district = relaxed.first { $0.parameter == "district" }?.value
        let kind = relaxed.first { $0.parameter == "kind" }.map { kindLabel($0.value) ?? ($0.value, $0.value) }
        var sv: [String] = [], en: [String] = []
        if !words.isEmpty {
            sv.append("Inga träffar för \(words); visar träffarna utan det")
            en.append("No matches for \(words); showing the matches without it")
        }
        if let district {
            sv.append("Inga träffar i \(district); visar hela kommunen")
            en.append("No matches in \(district); showing the whole municipality")
        }
        if let kind {
            sv.append("Inga lokaler av typen \(kind.sv.lowercased()); visar alla typer")
            en.append("No premises of the kind \(kind.en.lowercased()); showing all kinds")
        }
        return (sv.joined(separator: ". ") + ".", en.joined(separator: ". ") + ".")
    }
}
