/// A recurring event in the municipality's year for the civil society (årshjul): the yearly dialogue
/// conference, the theme meetings. Each slot is a month (or span of months) in which it takes place;
/// a known date in `dates` replaces the approximation for its year.
public struct CalendarEvent: Codable, Sendable, Equatable, Identifiable {
    /// When in the year the event happens.
    public struct Slot: Codable, Sendable, Equatable {
        public var month: Int
        /// The last month of the span, when the event is announced for "början av året" and the like.
        public var endMonth: Int?
        /// A fixed day, when the event is always on the same date.
        public var day: Int?
        /// "Vårens tematräff".
        public var label: String?

        enum CodingKeys: String, CodingKey { case month, endMonth = "end_month", day, label }

        public init(month: Int, endMonth: Int? = nil, day: Int? = nil, label: String? = nil) {
            self.month = month
            self.endMonth = endMonth
            self.day = day
            self.label = label
        }
    }

    public var id: String
    public var name: String
    public var description: String
    public var unitId: String?
    public var url: String?
    public var schedule: [Slot]
    /// Dates set by the organisers; each replaces the slot whose months contain it.
    public var dates: [LocalDate]
    /// When the dated occasions start and end (local time), and where they are held, once the organisers know.
    public var starts: LocalTime?
    public var ends: LocalTime?
    public var place: String?

    enum CodingKeys: String, CodingKey { case id, name, description, unitId = "unit_id", url, schedule, dates, starts, ends, place }

    public init(
        id: String, name: String, description: String = "", unitId: String? = nil, url: String? = nil,
        schedule: [Slot], dates: [LocalDate] = [], starts: LocalTime? = nil, ends: LocalTime? = nil, place: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.unitId = unitId
        self.url = url
        self.schedule = schedule
        self.dates = dates
        self.starts = starts
        self.ends = ends
        self.place = place
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
            unitId: try c.decodeIfPresent(String.self, forKey: .unitId), url: try c.decodeIfPresent(String.self, forKey: .url),
            schedule: try c.decode([Slot].self, forKey: .schedule),
            dates: try c.decodeIfPresent([LocalDate].self, forKey: .dates) ?? [],
            starts: try c.decodeIfPresent(LocalTime.self, forKey: .starts), ends: try c.decodeIfPresent(LocalTime.self, forKey: .ends),
            place: try c.decodeIfPresent(String.self, forKey: .place))
    }
}
