import Foundation
import LotsenModel
import LotsenRouting
import LotsenStore

/// One field that cannot be taken as it is, with what to do about it in Swedish and English.
public struct FieldProblem: Sendable, Equatable {
    /// The field's name as the form and the API spell it ("text", "organisation_number").
    public var field: String
    public var sv: String
    public var en: String

    public init(field: String, sv: String, en: String) {
        self.field = field
        self.sv = sv
        self.en = en
    }

    /// "svenska / English", for API answers that carry one message.
    public var bilingual: String { "\(sv) / \(en)" }
}

/// Every problem an enquiry has, so a form can show them all at once and the API can name the first.
public struct EnquiryProblems: Error, Sendable, Equatable {
    public var problems: [FieldProblem]
}

/// An enquiry as someone typed it (a form, a JSON body, an Open311 request), before it is checked. The API, the
/// pages and the command line check it by these same rules.
public struct EnquiryDraft: Sendable, Equatable {
    public var text: String
    public var topic: String?
    public var channel: String
    public var name: String?
    public var email: String?
    public var phone: String?
    public var association: String?
    public var organisationNumber: String?

    /// The ways an enquiry reaches the municipality.
    public static let channels: Set<String> = ["web", "phone", "email", "visit", "open311"]

    public init(
        text: String, topic: String? = nil, channel: String = "web", name: String? = nil, email: String? = nil,
        phone: String? = nil, association: String? = nil, organisationNumber: String? = nil
    ) {
        self.text = text
        self.topic = topic
        self.channel = channel
        self.name = name
        self.email = email
        self.phone = phone
        self.association = association
        self.organisationNumber = organisationNumber
    }

    /// The text and chosen topic as the router takes them; throws ``EnquiryProblems`` for those two fields.
    public func enquiry(topicIds: Set<String>) throws(EnquiryProblems) -> Enquiry {
        let problems = textProblems(topicIds: topicIds)
        guard problems.isEmpty else { throw EnquiryProblems(problems: problems) }
        return Enquiry(text: text.trimmed, topic: Self.present(topic))
    }

    /// The enquiry to store, with empty fields left out and the organisation number normalized; throws
    /// ``EnquiryProblems`` listing every field that cannot be taken.
    public func validated(topicIds: Set<String>) throws(EnquiryProblems) -> NewEnquiry {
        var problems = textProblems(topicIds: topicIds)
        if !Self.channels.contains(channel) {
            problems.append(FieldProblem(field: "channel", sv: "en av " + Self.channels.sorted().joined(separator: ", "),
                                         en: "one of " + Self.channels.sorted().joined(separator: ", ")))
        }
        for (field, value, limit) in [("name", name, NewEnquiry.maxNameLength), ("phone", phone, NewEnquiry.maxPhoneLength),
                                      ("association", association, NewEnquiry.maxAssociationLength)] {
            if let value = Self.present(value), value.count > limit {
                problems.append(FieldProblem(field: field, sv: "högst \(limit) tecken", en: "at most \(limit) characters"))
            }
        }
        for (field, value) in [("name", name), ("email", email), ("phone", phone), ("association", association),
                               ("organisation_number", organisationNumber)] where value?.hasControlCharacters == true {
            problems.append(Self.controlCharacters(field))
        }
        let email = Self.present(email)
        if let email, email.count > NewEnquiry.maxEmailLength || !EmailAddress.isPlausible(email) {
            problems.append(FieldProblem(field: "email", sv: "skriv en e-postadress som namn@exempel.se",
                                         en: "enter an e-mail address like name@example.com"))
        }
        let number = Self.present(organisationNumber)
        let normalized = number.flatMap(OrganisationNumber.normalized)
        if number != nil, normalized == nil {
            problems.append(FieldProblem(field: "organisation_number", sv: "organisationsnumret har tio siffror, till exempel 802000-0000",
                                         en: "a Swedish organisation number has ten digits, for example 802000-0000"))
        }
        guard problems.isEmpty else { throw EnquiryProblems(problems: problems) }
        return NewEnquiry(
            text: text.trimmed, topic: Self.present(topic), channel: channel,
            person: .init(name: Self.present(name), email: email, phone: Self.present(phone),
                          association: Self.present(association), organisationNumber: normalized))
    }

    private func textProblems(topicIds: Set<String>) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let text = text.trimmed
        let limit = NewEnquiry.maxTextLength
        if text.isEmpty {
            problems.append(FieldProblem(field: "text", sv: "skriv din fråga", en: "write your question"))
        } else if text.hasControlCharacters {
            problems.append(Self.controlCharacters("text"))
        } else if text.utf8.count > limit, text.count > limit {
            // Counting characters walks the whole text; one with no more bytes than the limit is within it.
            problems.append(FieldProblem(field: "text", sv: "frågan får vara högst \(limit) tecken", en: "the question may be at most \(limit) characters"))
        }
        if let topic = Self.present(topic), !topicIds.contains(topic) {
            problems.append(FieldProblem(field: "topic", sv: "välj ett ämne i listan", en: "choose a topic from the list"))
        }
        return problems
    }

    private static func controlCharacters(_ field: String) -> FieldProblem {
        FieldProblem(field: field, sv: "texten innehåller otillåtna kontrolltecken; skriv den utan dem",
                     en: "the text contains control characters, which are not allowed; type it without them")
    }

    /// The trimmed value, or nil when there is nothing in it.
    private static func present(_ value: String?) -> String? {
        guard let value = value?.trimmed, !value.isEmpty else { return nil }
        return value
    }
}
