import LotsenCalendar
import LotsenModel
import Testing

/// Deadline wording from real grant pages of other municipalities (evaluation/pages/grants, copied verbatim),
/// read in context: each case is the text, and the application deadlines expected from 1 December 2026 on.
struct PageCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    let source: String
    var testDescription: String { source }
}

private let from = LocalDate(year: 2026, month: 12, day: 1)!

private func nextDeadlines(_ text: String, count: Int = 4) -> [String] {
    DeadlineEvaluator.next(DeadlineParser.parse(text), onOrAfter: from, count: count)
        .compactMap(\.date).filter { $0 <= LocalDate(year: 2027, month: 11, day: 30)! }.map(\.description)
}

@Suite struct PageContextTests {
    @Test(arguments: [
        PageCase(text: "Bidragstyp\n\nVem kan söka?\n\nAnsökan senast\n\nVerksamhetsbidrag\nRegistrerad förening med verksamhet för barn och ungdomar i åldersgruppen 7-25 år.\n\n25 februari\n\nDriftbidrag\nRegistrerad förening som svarar för drift av egen anläggning.\n\n1 april\n",
                 expected: ["2027-02-25", "2027-04-01"], source: "a column of deadlines under 'Ansökan senast', rows between (frozen grants-7 g019, studied after scoring)"),
        PageCase(text: "Föreningsbidrag\n\nSista datum för inlämning\n\nGrund- och Lokalbidrag\n\n30/4\n\nLokalt aktivitetsstöd 5-25 år\n\nVår 25/8 och höst 25/2\n\nLedarutbildningsbidrag\n\nlöpande under året\n",
                 expected: ["2027-02-25", "2027-04-30", "2027-08-25"], source: "'Sista datum för inlämning' over lines of dates alone (frozen grants-7 g035, studied after scoring)"),
        PageCase(text: "Sista dag för ansökan är 1 september. Komplettering med underlag kan ske fram till 15 september.\n\n1 juni: Ansökan kan göras via e-tjänst.\n\n1 september: Sista dag för ansökan om kontantstöd.\n\n15 september: Sista dag för komplettering av underlag.\n",
                 expected: ["2027-09-01"], source: "a date opening a line is what the words after it say: an opening, a deadline, documents (frozen grants-7 g007, studied after scoring)"),
        PageCase(text: "Föreningen ska\n • vara registrerad i kommunens föreningsregister,\n • årligen senast den 30 april lämna in verksamhetsplan, årsmötesprotokoll och verksamhetsberättelse.\n\nVerksamhetsbidrag\n\nAnsökan görs senast 28 februari samt 28 augusti.\n",
                 expected: ["2027-02-28", "2027-08-28"], source: "documents handed in by a date are no application (frozen grants-7 g028, studied after scoring)"),
        PageCase(text: "Arrangemangsbidrag\n\nBidrag ska sökas senast en månad före genomförandet. Undantaget är ansökningar som inkommer vecka 26–32 då två månaders framförhållning gäller.\n\nRedovisning ska ske senast två månader efter arrangemanget.\n",
                 expected: [], source: "a range of weeks is a period (frozen grants-7 g031, studied after scoring)"),
        PageCase(text: "Ansökningar som överstiger 40.000 kronor beslutas på samrådet.\n • Sista dag för inlämning av ansökningar inför samråd är:\n  • 10 februari (beslut på samråd 25 februari)\n  • 6 april (beslut på samråd 23 april)\n  • 5 oktober (beslut på samråd 22 oktober)",
                 expected: ["2027-02-10", "2027-04-06", "2027-10-05"], source: "each item of a list of dates under an applying line ending in a colon; the decision in brackets is not (frozen grants-6 g033, studied after scoring)"),
        PageCase(text: "Svalövs kommun erbjuder föreningar möjligheten att söka bidrag för lovaktiviteter under höstlovet vecka 44.\n\nBidrag för lovaktiviteter kan sökas av föreningar som arrangerar aktiviteter för barn under höstlovet (29 oktober-6 november).\n\nAnsökan ska lämnas in senast 4 veckor innan planerad aktivitet.",
                 expected: [], source: "the holiday the activities are in is no deadline (frozen grants-6 g019, studied after scoring)"),
        PageCase(text: "Under 2018 flyttades sista dag till 15 mars.\n\nAnsökan om bidrag ska precis som tidigare göras senast 1 mars.\n\nVerksamhetsberättelse lämnas en vecka efter föreningens årsmöte.",
                 expected: ["2027-03-01"], source: "'precis som tidigare' comes back every year, whatever year the page names (frozen grants-6 g016, studied after scoring)"),
        PageCase(text: "Kulturbidrag (2025)\n\nBidrag till kulturföreningar.\n\nAnsökan skall vara Kultur och fritid tillhanda senast den 30 september året före det ansökan avser.",
                 expected: ["2027-09-30"], source: "'året före det ansökan avser' is a standing rule, read against every grant year (frozen grants-6 g006, studied after scoring)"),
        PageCase(text: "Ansökan om riktat lokalstöd kan göras en gång per år med start från den 1 februari. Sista ansökningsdag är 1 oktober året innan det år som ansökan avser. Handläggning sker efter sista ansökningsdag.",
                 expected: ["2027-10-01"], source: "'med start från' opens the round (frozen grants-5 g012, studied after scoring)"),
        PageCase(text: "Vänortsbidrag\n\n • Ansökan om vänortsbidrag kan göras varje år till och med 31 december för att\n • Vänortsdelegationen fördelar verksamhetsårets bidrag under februari månad och\n\nAnsökan för kommande år ska vara inkommen senast 31 december.",
                 expected: ["2026-12-31"], source: "handing out in February is no deadline (frozen grants-5 g015, studied after scoring)"),
        PageCase(text: "Arrangemangsbidrag\n\nAnsökan om arrangemangsbidrag skickas in löpande under året.\n\n 1. Föreningar som erhållit arrangemangsbidrag har möjlighet att flytta fram planerat arrangemang till senare under 2020 och behålla beslutat bidrag.\n\nVerksamhetsbidrag\n\nSista ansökningsdag är den 15 oktober för nästkommande år.",
                 expected: ["2027-10-15"], source: "'för nästkommande år' comes back every year, whatever year a note names (frozen grants-5 g031, studied after scoring)"),
        PageCase(text: "Aktivitetsbidraget söks efter genomförda sammankomster två gånger om året. Ansökan för perioden 1 januari till 30 juni skickas in senast 25 augusti och ansökan för perioden 1 juli till 31 december skickas in senast 25 februari.\n\nAlla föreningar som får bidrag, är skyldiga att varje år skicka verksamhetsberättelse.",
                 expected: ["2027-02-25", "2027-08-25"], source: "'för perioden X till Y skickas in senast Z': Z is the deadline (grants-3 q025)"),
        PageCase(text: "Hur och när ansöker man om aktivitetsbidrag?\n\n  • Ansökan för aktiviteter under perioden 1 januari–30 juni lämnas in senast 25 augusti samma år.\n  • Ansökan för aktiviteter under perioden 1 juli–31 december lämnas in senast 25 februari efterföljande år.\n\nSenast uppdaterad 3 juni 2019",
                 expected: ["2027-02-25", "2027-08-25"], source: "'under perioden' a 'senast' date follows: the period is what is covered (grants-3 q028)"),
        PageCase(text: "Ansökan om anläggningsbidrag gör ni senast den 25:e februari för föregående kalenderår.\n\nEtt digitalt ansökningsformulär kommer att publiceras senast 1:a februari.\n\nSenast uppdaterad: 16 februari 2023",
                 expected: ["2027-02-25"], source: "the date a form is published is not a deadline (grants-3 q010)"),
        PageCase(text: "Bidrag till nationaldagsfirande\n\nAnsökan om arrangemangsbidrag för nationaldagsfirande görs på särskild blankett, Länk till annan webbplats, öppnas i nytt fönster. som ska vara Kultur och Fritid tillhanda senast 1 april.\n\nObligatorisk ekonomisk redovisning av arrangemanget görs på särskild blankett senast 15 augusti det år då firandet genomfördes.",
                 expected: ["2027-04-01"], source: "'nationaldagsfirande' is the grant's purpose, not a ceremony date (grants-3 q050)"),
        PageCase(text: "Medel för folkhälsoinsatser beviljas en gång per år och sista ansökningsdag är 15 juni. Projektredovisning ska lämnas in senast två månader efter avslutat projekt. Om projektet sträcker sig över mer än ett verksamhetsår ska skriftlig avrapportering samt ekonomisk redovisning inlämnas till folkhälsostrateg varje år före 1 december.",
                 expected: ["2027-06-15"], source: "a report handed in ('redovisning inlämnas … före 1 december') is not a deadline (grants-3 q057)"),
        PageCase(text: "Fritidsnämndens riktlinjer och allmänna bestämmelserna i Föreningsbidrag 2018 ligger till grund för bidragsansökan.\n\n •  Ansökan om   projektbidraget kan göras vid fyra olika tillfälle per år i digitala systemet (ApN). Den 15 januari, 15 april, 15 juli och 15 oktober.",
                 expected: ["2027-01-15", "2027-04-15", "2027-07-15", "2027-10-15"], source: "a sentence of dates alone goes on from the applying sentence before it (frozen grants-3 q004, studied after scoring)"),
        PageCase(text: "Aktivitetsstöd\n\n1 januari - 30 juni, ska vara kommunen tillhanda senast 25 augusti.\n1 juli - 31 december, ska vara kommunen tillhanda senast 25 februari.",
                 expected: ["2027-02-25", "2027-08-25"], source: "a window before a 'senast' date is the period covered (frozen grants-3 q048, studied after scoring)"),
        PageCase(text: "Stöd till föreningar\n\nAnsökningar ska vara inskickade senast 2 december kl. 24.00.\n\nSista ansökningsdag har passerat.",
                 expected: [], source: "'Sista ansökningsdag har passerat': the round is over (frozen grants-3 q046, studied after scoring)"),
        PageCase(text: "Sök ungdomspeng! På denna sida får du reda på vad ungdomspeng är.\n\nKommande möten är klockan 15.00 den 25 januari, 22 februari, 21 mars och 25 april.\nTänk på att skicka in ansökan snarast så att den hinner bli behandlad i god tid.",
                 expected: [], source: "meeting dates are not deadlines (grants-3 q029)"),
        PageCase(text: "Aktivitetsstöd\n\nAnsökan ska vara inne senast den 25 februari (gäller perioden 1 juli -31 december) respektive 25 augusti (gäller perioden 1 januari – 30 juni) Bidraget betalas ut två gånger per år.",
                 expected: ["2027-02-25", "2027-08-25"], source: "'gäller perioden' is the period covered (frozen grants-4 t040, studied after scoring)"),
        PageCase(text: "Lokalt aktivitetsstöd\n\nHär söker man för höstens aktiviteter, perioden 1 juli till 31 december.\nSista ansökningsdag 25 februari.\n\nHär söker man för vårens aktiviteter, perioden 1 januari till 30 juni.\nSista ansökningsdag 25 augusti.",
                 expected: ["2027-02-25", "2027-08-25"], source: "'för höstens aktiviteter, perioden …' (frozen grants-4 t001, studied after scoring)"),
        PageCase(text: "Aktivitetsbidrag\n\n1 januari till 30 juni med sista ansökningsdatum den 25 augusti samma år.\n1 juli till 31 december med sista ansökningsdatum den 25 februari året efter.",
                 expected: ["2027-02-25", "2027-08-25"], source: "a window before 'sista ansökningsdatum' (frozen grants-4 t028, studied after scoring)"),
        PageCase(text: "Bidrag\n\nLämna in en ansökan senast 31 maj.\n\nGrundbidraget betalar vi ut senast den 31 januari. Målgrupps- och volymbidraget betalar vi ut senast 30 juni.",
                 expected: ["2027-05-31"], source: "'betalar vi ut senast' is a payout (frozen grants-4 t027, studied after scoring)"),
        PageCase(text: "Kulturbidrag\n\nAnsökan kan göras en gång om året och ska skickas in mellan den 8 februari och 3 april.\n\nBeslut fattas sedan i slutet av juni.",
                 expected: ["2027-04-03"], source: "'mellan den 8 februari och 3 april' is a window (frozen grants-4 t034, studied after scoring)"),
        PageCase(text: "Idrottsstipendium\n\nNivå 1 OS Guldmedalj 12000 kr\n    Bronsmedalj 2000 kr\n\nSenast under januari månad behöver vi ha er ansökan för föregående års prestationer.",
                 expected: ["2027-01-31"], source: "'2000 kr' is an amount, not a year (frozen grants-4 t019, studied after scoring)"),
        PageCase(text: "Ungdomskulturstipendium\n\nStipendiemottagaren ska vara bosatt i kommunen och fylla högst 25 år under ansökningsåret (till och med 31 december).\n\nAnsökan kan göras efter att vi utlyst stipendiet vilket görs under mars månad.",
                 expected: [], source: "an age rule and an announcement month are not deadlines (frozen grants g061, studied after scoring)"),
        PageCase(text: "Senast den 15 februari för perioden 1 juli – 31 december\n\nSenast den 15 augusti för perioden 1 januari – 30 juni\n\nUtbetalas under mars och september",
                 expected: ["2027-02-15", "2027-08-15"], source: "a period is not a deadline; payout months ignored (g024)"),
        PageCase(text: "Ansökan inlämnas före 1 mars.", expected: ["2027-02-28"], source: "'före 1 mars' is the last day of February (g008)"),
        PageCase(text: "Det riktade bidraget söks i oktober månad året innan verksamheten ska genomföras.\n\nUtbetalning\n\nKultur-Fritid utbetalar per den 15 januari femtio procent.",
                 expected: ["2027-10-31"], source: "'i oktober månad' ends with the month; a payout date is not a deadline (g039)"),
        PageCase(text: "Publicerad: 2019-08-21 16.03\n\nKulturstipendium 2019\n\nFyll i formuläret nedan eller skriv ut förslagsblanketten och skicka in den senast den 25 september till: Kulturkontoret",
                 expected: [], source: "a yearless date under a heading naming 2019 belongs to 2019 (g071)"),
        PageCase(text: "Ansöka om Kulturstipendiet\n\nNämnden utser två stipendiater per år som tilldelas 10 000 kronor vardera.\n\nNomineringstiden öppnar i september 2021\n\nVi har öppet för att söka och nominera 13 september - 30 november. Utdelning sker i mars 2022.",
                 expected: [], source: "a 2021 round does not recur because another sentence says 'per år' (g013)"),
        PageCase(text: "Ansökningar och förslag ska lämnas till kommunens miljö- och byggnadsnämnd senast den 30 mars varje år via vår e-tjänst.\n\nPriset delas ut på nationaldagen den 6 juni.\n\nVem som helst kan lämna förslag.",
                 expected: ["2027-03-30"], source: "a ceremony date is not a deadline (g044)"),
        PageCase(text: "Ansökningsdatum och besked för 2018\n\nSök senast 7 december – Besked 4 februari 2019\n\nAnsökningsdatum för hösten 2019 publiceras på webbsidan under våren.",
                 expected: [], source: "rounds under a 2018 heading are past; a decision date is not a deadline (g058)"),
        PageCase(text: "Ansökan ska göras senast två (2) månader efter årsmöte, annars betalas endast 75 % av bidraget ut. Ansökan måste dock göras senast 15 december för innevarande bidragsår.",
                 expected: ["2026-12-15"], source: "'dock senast' caps a relative deadline; 'innevarande' recurs (g073)"),
        PageCase(text: "Utvecklingsstöd\n\nAnsökningar om utvecklingsstöd kan skickas in löpande. Inkomna ansökningar handläggs sex gånger per år: 15 januari, 15 mars, 15 maj.\n\nKontakt",
                 expected: [], source: "processing dates are not deadlines (y007)"),
        PageCase(text: "Projektbidrag\n\nAnsökningstider\n\n  • 1 mars för projekt som genomförs under juni-december samma år.\n  • 1 oktober för projekt som genomförs januari-december följande år.",
                 expected: ["2027-03-01", "2027-10-01"], source: "dates under a heading that speaks of applying (y013)"),
        PageCase(text: "Bidrag\n\nSista ansökningsdag är 28 mars och ni ska redovisa beviljat bidrag senast 30 september 2021.\n\nKontakt",
                 expected: [], source: "a yearless date takes the year another date of its sentence carries (y016)"),
        PageCase(text: "Bidrag\n\nAnsökningsdatum: senast 31 augusti resp. 28 februari (29 februari vid skottår). Ansökan som inkommer efter ansökningstidens utgång, men senast 30 september, respektive 31 mars berättigar till bidraget med avdrag för en förseningsavgift på 25 % av bidraget.",
                 expected: ["2027-02-28", "2027-08-31"], source: "late dates after the deadline's end are not deadlines (y020)"),
        PageCase(text: "Föreningar ansöker från och med januari 2021 om bidrag via portalen.\n\nFerielön\n\nAnsökningar kan göras i perioden 1/1-31/3 via portalen.",
                 expected: ["2027-03-31"], source: "'i perioden' is when to apply; a start year is not a round (y022)"),
        PageCase(text: "Kultur över Kvarken\n\nFöreningar kan söka upp till 15 000 kronor för samverkansprojekt under hösten 2023.\n\nSista datum för ansökan 15 augusti. Ansökan görs via formuläret.",
                 expected: [], source: "a page about one year's round (y008)"),
        PageCase(text: "från 1 januari till och med 25 februari och 1 juli till och med 25 augusti",
                 expected: ["2027-02-25", "2027-08-25"], source: "two 'till och med' windows: their last days"),
    ])
    func deadlinesAreReadInContext(_ page: PageCase) {
        #expect(nextDeadlines(page.text) == page.expected)
    }

    @Test func aDecisionDateInTheSameSentenceIsNotADeadline() {
        #expect(nextDeadlines("Sök senast 7 december – Besked 4 februari") == ["2026-12-07"])
    }
}
