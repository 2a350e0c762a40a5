import Foundation
import Hummingbird
import LotsenModel

/// `/samverkan/iop`: "Är IOP rätt för er idé?" — the conditions public Swedish guidance names for when an idéburet
/// offentligt partnerskap fits, as yes/no questions (a GET form: no state, shareable); the answer says what fits
/// instead where a condition fails, and who to talk to.
extension WebPages {
    struct IOPQuestion {
        let id: String
        let sv: String
        let en: String
        /// Where to go instead when the answer is no, if anywhere in particular.
        let otherwiseSv: String?
        let otherwiseEn: String?
    }

    static let iopQuestions: [IOPQuestion] = [
        IOPQuestion(id: "initiativ", sv: "Idén kommer från er organisation, inte från en beställning av kommunen.", en: "The idea comes from your organisation, not from an order by the municipality.",
                    otherwiseSv: "Vill kommunen köpa något den själv har beskrivit är det en upphandling.", otherwiseEn: "If the municipality wants to buy something it has described itself, that is a procurement."),
        IOPQuestion(id: "plan", sv: "Verksamheten hjälper till att genomföra ett politiskt program eller en plan där idéburna organisationer nämns.", en: "The activity helps carry out a political programme or plan that names civil-society organisations.",
                    otherwiseSv: nil, otherwiseEn: nil),
        IOPQuestion(id: "allmannytta", sv: "Verksamheten gör nytta för allmänheten, till exempel för lokal utveckling eller delaktighet.", en: "The activity serves the public, for instance local development or participation.",
                    otherwiseSv: nil, otherwiseEn: nil),
        IOPQuestion(id: "utanfor-bidrag", sv: "Det gäller något annat än er ordinarie verksamhet, som föreningsbidragen redan stödjer.", en: "It concerns something other than your regular activities, which the association grants already support.",
                    otherwiseSv: "Er ordinarie verksamhet stöds genom föreningsbidragen – se bidragen och när de söks.", otherwiseEn: "Your regular activities are supported by the association grants – see the grants and when to apply."),
        IOPQuestion(id: "sjalvstandig", sv: "Ni vill förbli en fri och självständig part, inte kommunens underleverantör.", en: "You want to remain a free and independent party, not a subcontractor of the municipality.",
                    otherwiseSv: "En underleverantör anlitas genom upphandling.", otherwiseEn: "A subcontractor is engaged through procurement."),
        IOPQuestion(id: "ingen-marknad", sv: "Det finns ingen marknad: inga företag erbjuder samma sak i konkurrens.", en: "There is no market: no companies offer the same thing in competition.",
                    otherwiseSv: "Där det finns en marknad ska kommunen upphandla enligt lagen om offentlig upphandling.", otherwiseEn: "Where there is a market the municipality must procure under the public procurement act."),
        IOPQuestion(id: "medfinansiering", sv: "Ni bidrar själva, med pengar eller med annat som ideell tid, lokaler eller kunnande.", en: "You contribute yourselves, with money or with other things such as volunteer time, premises or knowledge.",
                    otherwiseSv: nil, otherwiseEn: nil),
        IOPQuestion(id: "ingen-detaljstyrning", sv: "Ni och kommunen bestämmer innehållet tillsammans; kommunen detaljstyr inte verksamheten.", en: "You and the municipality decide the content together; the municipality does not regulate the details.",
                    otherwiseSv: nil, otherwiseEn: nil),
        IOPQuestion(id: "langsiktig", sv: "Verksamheten är tänkt att pågå under längre tid.", en: "The activity is meant to run for a longer time.",
                    otherwiseSv: "Ett kortare projekt passar ofta bättre för ett projekt- eller evenemangsbidrag.", otherwiseEn: "A shorter project often fits a project or event grant better."),
    ]

    func iopCheck(_ visit: Visit) throws -> Response {
        let t = visit.language
        let answers = Dictionary(Self.iopQuestions.compactMap { question in visit.query[question.id].map { (question.id, $0 == "ja") } },
                                 uniquingKeysWith: { first, _ in first })
        let questions: [HTML] = Self.iopQuestions.enumerated().map { index, question in
            let answer = answers[question.id]
            return """
            <fieldset class="question"><legend>\(index + 1). \(t(question.sv, question.en))</legend>\
            <label><input type="radio" name="\(question.id)" value="ja" id="\(question.id)-ja"\(HTML.flag("checked", answer == true))> \(t("Ja", "Yes"))</label> \
            <label><input type="radio" name="\(question.id)" value="nej" id="\(question.id)-nej"\(HTML.flag("checked", answer == false))> \(t("Nej", "No"))</label></fieldset>
            """
        }
        let content: HTML = """
        <p><a href="/samverkan">\(t("← Samverkan", "← Cooperation"))</a></p>
        <h1>\(t("Är IOP rätt för er idé?", "Is IOP right for your idea?"))</h1>
        <p class="lead">\(t("Svara på frågorna. De bygger på de villkor som offentlig vägledning ställer upp för när ett idéburet offentligt partnerskap passar.", "Answer the questions. They follow the conditions public guidance sets out for when a civil–public partnership fits."))</p>
        \(answers.count == Self.iopQuestions.count ? iopVerdict(answers, visit) : .empty)
        <form class="stack" method="get" action="/samverkan/iop">
        \(questions)
        <div class="actions"><button type="submit">\(t("Visa resultat", "Show the result"))</button><a href="/samverkan/iop">\(t("Börja om", "Start again"))</a></div>
        </form>
        """
        return visit.page(title: t("Är IOP rätt för er idé?", "Is IOP right for your idea?"), content)
    }

    private func iopVerdict(_ answers: [String: Bool], _ visit: Visit) -> HTML {
        let t = visit.language
        let failed = Self.iopQuestions.filter { answers[$0.id] == false }
        let advice: [HTML] = failed.compactMap { question in
            guard let sv = question.otherwiseSv, let en = question.otherwiseEn else { return nil }
            return "<li>\(t(sv, en))\(question.id == "utanfor-bidrag" ? HTML(" <a href=\"/bidrag\">\(t("Bidragen", "The grants"))</a>") : .empty)</li>"
        }
        let (headline, text): (String, String) = switch failed.count {
        case 0: (t("IOP kan passa er idé", "IOP may fit your idea"),
                 t("Alla villkor är uppfyllda. Nästa steg är ett samtal med kommunen om syfte, insatser och hur ni följer upp arbetet tillsammans.",
                   "Every condition is met. The next step is a conversation with the municipality about the purpose, what each party contributes and how you follow up together."))
        case 1...2: (t("IOP kan passa, men inte självklart", "IOP may fit, but not obviously"),
                     t("Några villkor är inte uppfyllda. Prata med kommunen innan ni går vidare.", "Some conditions are not met. Talk to the municipality before you go further."))
        default: (t("IOP passar troligen inte", "IOP probably does not fit"),
                  t("Flera villkor är inte uppfyllda. Någon annan form passar troligen bättre.", "Several conditions are not met. Another form probably fits better."))
        }
        return """
        <section class="notice" role="status" aria-labelledby="verdict"><h2 id="verdict">\(headline)</h2><p>\(text)</p>\
        \(advice.isEmpty ? HTML.empty : HTML("<ul>\(advice)</ul>"))\
        <p>\(t("Kontakt: Kommunledningskontoret via Medborgarcenter, 044-13 50 00, eller", "Contact: the municipal executive office through the citizen centre, +46 44 13 50 00, or")) <a href="/kontakt">\(t("skriv till oss", "write to us"))</a>.</p></section>
        """
    }
}
