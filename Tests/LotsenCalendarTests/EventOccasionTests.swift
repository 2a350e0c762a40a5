import LotsenCalendar
import LotsenModel
import Testing

/// Årshjul events with the dates, times and places editors enter (issue 18).
@Suite struct EventOccasionTests {
    private let conference = CalendarEvent(
        id: "dialogkonferens", name: "Dialogkonferens", description: "Årlig konferens.",
        schedule: [CalendarEvent.Slot(month: 1, endMonth: 2, label: "Början av året")])

    private func entries(_ event: CalendarEvent) -> [CalendarEntry] {
        GrantCalendar.entries(grants: [], events: [event], from: LocalDate(year: 2027, month: 1, day: 1)!,
                              to: LocalDate(year: 2027, month: 12, day: 31)!, today: LocalDate(year: 2026, month: 12, day: 2)!, filter: CalendarFilter())
    }

    @Test func withoutADateTheMonthsAreShownAsPreliminary() {
        let found = entries(conference)
        #expect(found.count == 1 && found[0].approximate && found[0].date == LocalDate(year: 2027, month: 1, day: 1))
    }

    @Test func aDateOutsideTheUsualMonthsReplacesThemWithTimeAndPlace() {
        var moved = conference
        moved.dates = [LocalDate(year: 2027, month: 3, day: 18)!]
        moved.starts = LocalTime(hour: 18, minute: 0)
        moved.ends = LocalTime(hour: 21, minute: 0)
        moved.place = "Kulturkvarteret"
        let found = entries(moved)
        #expect(found.count == 1)
        #expect(found.first?.date == LocalDate(year: 2027, month: 3, day: 18) && found.first?.approximate == false)
        #expect(found.first?.description.hasPrefix("Kl. 18.00–21.00, Kulturkvarteret.\n") == true)
    }

    @Test func aDateInsideTheMonthsReplacesThatSlot() {
        var dated = conference
        dated.dates = [LocalDate(year: 2027, month: 2, day: 4)!]
        dated.place = "Rådhus Skåne"
        let found = entries(dated)
        #expect(found.map(\.date) == [LocalDate(year: 2027, month: 2, day: 4)])
        #expect(found.first?.description.hasPrefix("Plats: Rådhus Skåne.") == true)
    }

    @Test func theSpringMeetingMovedToJuneReplacesTheSpringSlotOnly() {
        let meetings = CalendarEvent(
            id: "tematraffar", name: "Tematräff", schedule: [CalendarEvent.Slot(month: 3, endMonth: 5, label: "Vårens tematräff"),
                                                             CalendarEvent.Slot(month: 9, endMonth: 11, label: "Höstens tematräff")],
            dates: [LocalDate(year: 2027, month: 6, day: 2)!])
        let found = entries(meetings)
        #expect(found.map(\.date) == [LocalDate(year: 2027, month: 6, day: 2), LocalDate(year: 2027, month: 9, day: 1)])
        #expect(found.map(\.approximate) == [false, true])
    }
}
