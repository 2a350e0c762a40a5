import Foundation
import LotsenStore

/// How a change to the catalogue is told, the same in the Atom feed, on `/nytt` and in the newsletter.
public enum WhatsNew {
    /// "Nytt bidrag: Hyresbidrag", "Ny ansökningstid: Aktivitetsstöd", "Lokal borttagen: Salen".
    public static func title(_ change: CatalogueChange, english: Bool = false) -> String {
        "\(label(change, english: english)): \(change.name)"
    }

    /// What kind of change, as a heading word.
    public static func label(_ change: CatalogueChange, english: Bool = false) -> String {
        switch (change.record, change.kind) {
        case (.grant, .added): english ? "New grant" : "Nytt bidrag"
        case (.grant, .changed): english ? "Grant changed" : "Ändrat bidrag"
        case (.grant, .deadlineMoved): english ? "New deadline" : "Ny ansökningstid"
        case (.grant, .withdrawn): english ? "Grant withdrawn" : "Bidrag borttaget"
        case (.premises, .added): english ? "New premises" : "Ny lokal"
        case (.premises, .changed), (.premises, .deadlineMoved): english ? "Premises changed" : "Ändrad lokal"
        case (.premises, .withdrawn): english ? "Premises withdrawn" : "Lokal borttagen"
        case (.event, .added): english ? "New in the calendar" : "Nytt i årshjulet"
        case (.event, .changed), (.event, .deadlineMoved): english ? "Changed in the calendar" : "Ändrat i årshjulet"
        case (.event, .withdrawn): english ? "Removed from the calendar" : "Borttaget ur årshjulet"
        }
    }

    /// The page that shows the record (the calendar for events, nothing for what was withdrawn).
    public static func path(_ change: CatalogueChange) -> String {
        switch change.record {
        case .grant: "/bidrag/\(change.recordId)"
        case .premises: "/lokaler/\(change.recordId)"
        case .event: "/kalender"
        }
    }

    /// The changes worth telling: the newest change of each record only (three edits of one premises are one piece of
    /// news), newest first.
    public static func latestPerRecord(_ changes: [CatalogueChange]) -> [CatalogueChange] {
        var seen = Set<String>()
        return changes.filter { seen.insert("\($0.record.rawValue)/\($0.recordId)").inserted }
    }
}
