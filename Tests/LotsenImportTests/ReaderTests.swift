import Foundation
import Testing
@testable import LotsenImport

@Suite struct CSVReaderTests {
    @Test func swedishExcelExportInWindows1252() throws {
        // "Föreningslokal;Ort" etc. as Excel writes it: Windows-1252, semicolons, CRLF.
        let text = "Namn;Typ;Ort\r\nFöreningslokal Näsby;Samlingslokal;Åhus\r\nMötesrum Öst;Möteslokal;Tollarp\r\n"
        let bytes = Array(text.unicodeScalars.map { UInt8($0.value) })  // Latin-1 = Windows-1252 for these letters
        let reader = try CSVReader(bytes: bytes, file: "lokaler.csv")
        #expect(reader.encoding == .windows1252)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(try reader.next()?.fields == ["Namn", "Typ", "Ort"])
        let row = try #require(try reader.next())
        #expect(row.fields == ["Föreningslokal Näsby", "Samlingslokal", "Åhus"])
        #expect(row.line == 2)
        #expect(try reader.next()?.fields.first == "Mötesrum Öst")
        #expect(try reader.next() == nil)
    }

    @Test func windows1252PunctuationIsNotMojibake() throws {
        let bytes: [UInt8] = Array("Namn,Pris\n".utf8) + [0x93] + Array("Lilla".utf8) + [0x94] + Array(",100 kr ".utf8) + [0x96] + Array(" 200 kr\n".utf8)
        let reader = try CSVReader(bytes: bytes, file: "x.csv")
        _ = try reader.next()
        #expect(try reader.next()?.fields == ["\u{201C}Lilla\u{201D}", "100 kr \u{2013} 200 kr"])
    }

    @Test func utf8WithByteOrderMarkAndQuotedNewlines() throws {
        let text = "\u{FEFF}Namn,Beskrivning,Antal personer\n\"Stora scenen\",\"Scen med \"\"black box\"\"-känsla,\nljus och ljud\",ca 150\n\nGaraget,,40\n"
        let reader = try CSVReader(bytes: Array(text.utf8), file: "x.csv")
        #expect(reader.encoding == .utf8)
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(try reader.next()?.fields == ["Namn", "Beskrivning", "Antal personer"])
        let first = try #require(try reader.next())
        #expect(first.fields == ["Stora scenen", "Scen med \"black box\"-känsla,\nljus och ljud", "ca 150"])
        #expect(first.line == 2)
        let second = try #require(try reader.next())
        #expect(second.fields == ["Garaget", "", "40"])
        #expect(second.line == 5)  // the quoted newline and the empty line are counted
    }

    @Test func tabSeparatedIsSniffed() throws {
        let reader = try CSVReader(bytes: Array("Namn\tOrt\nA\tB\n".utf8), file: "x.tsv")
        #expect(reader.delimiter == UInt8(ascii: "\t"))
    }

    @Test func anUnclosedQuoteNamesItsLine() throws {
        let reader = try CSVReader(bytes: Array("Namn;Ort\nA;B\n\"C;D\nE;F\n".utf8), file: "trasig.csv")
        _ = try reader.next()
        _ = try reader.next()
        do {
            _ = try reader.next()
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("trasig.csv:3:"))
            #expect(error.message.contains("never closed"))
        }
    }
}

@Suite struct MarkupTests {
    @Test func brokenHTMLIsRepairedNotRejected() throws {
        let html = """
        <html><body><h1>Lokaler<h2>Möteslokal<p>Antal personer: ca 20<ul><li>Kök<li>Projektor</ul>
        <table><tr><th>Lokal<th>Pris<tr><td>Rum 1<td>100 kr/tim</table><script>alert(1)</script>
        """
        let outline = Outline(html: try Markup.parseHTML(Array(html.utf8), file: "x.html"))
        #expect(outline.title == "Lokaler")
        #expect(outline.blocks.contains(.heading(level: 2, text: "Möteslokal")))
        #expect(outline.blocks.contains(.paragraph("Antal personer: ca 20")))
        #expect(outline.blocks.contains(.item("Projektor")))
        #expect(!outline.blocks.contains { if case .paragraph(let text) = $0 { text.contains("alert") } else { false } })
        let table = try #require(outline.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.rows.map { $0.map(\.text) } == [["Lokal", "Pris"], ["Rum 1", "100 kr/tim"]])
    }

    @Test func xxeIsRefusedBeforeParsing() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE lokaler [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <lokaler><lokal><namn>&secret;</namn></lokal></lokaler>
        """
        do {
            _ = try Markup.parseXML(Array(xml.utf8), file: "xxe.xml")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("xxe.xml:2:"))
            #expect(error.message.contains("DOCTYPE"))
            #expect(!error.message.contains("root:"))
        }
    }

    static let xxeDocument = """
        <?xml version="1.0" encoding="ENCODING"?>
        <!DOCTYPE lokaler [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <lokaler><lokal><namn>&secret;</namn></lokal></lokaler>
        """

    /// The same declarations in every encoding XML needs no declaration for, with and without a byte-order mark.
    @Test(arguments: [
        ("UTF-16LE", String.Encoding.utf16LittleEndian, [UInt8]()), ("UTF-16BE", .utf16BigEndian, []),
        ("UTF-16", .utf16LittleEndian, [0xFF, 0xFE]), ("UTF-16", .utf16BigEndian, [0xFE, 0xFF]),
        ("UTF-32LE", .utf32LittleEndian, []), ("UTF-32BE", .utf32BigEndian, []), ("UTF-8", .utf8, [0xEF, 0xBB, 0xBF]),
    ])
    func declarationsAreRefusedInEveryEncoding(name: String, encoding: String.Encoding, mark: [UInt8]) throws {
        for document in [Self.xxeDocument, "<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n<!DOCTYPE lokaler SYSTEM \"http://127.0.0.1/x.dtd\">\n<lokaler/>"] {
            let text = document.replacingOccurrences(of: "ENCODING", with: name)
            let bytes = mark + [UInt8](try #require(text.data(using: encoding)))
            let error = try #require(throws: ImportError.self) { try Markup.parseXML(bytes, file: "wide.xml") }
            #expect(error.message.contains("DOCTYPE"), "\(name): \(error)")
        }
        // The same encodings without declarations are read (UTF-32 only where this libxml2 was built with a converter
        // for it; without one it is a clear error, never a trap).
        let plain = "<?xml version=\"1.0\" encoding=\"\(name)\"?>\n<lokaler><lokal><namn>Salen Å</namn></lokal></lokaler>"
        let bytes = mark + [UInt8](try #require(plain.data(using: encoding)))
        if name.hasPrefix("UTF-32") {
            #expect((try? Markup.parseXML(bytes, file: "wide.xml").name).map { $0 == "lokaler" } ?? true)
        } else {
            #expect(try Markup.parseXML(bytes, file: "wide.xml").name == "lokaler")
        }
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        #expect(throws: ImportError.self) { try Markup.parseXML(Array(xml.utf8), file: "lol.xml") }
    }

    @Test func malformedXMLNamesTheLine() throws {
        do {
            _ = try Markup.parseXML(Array("<lokaler>\n<lokal><namn>A</namn>\n</lokaler>".utf8), file: "fel.xml")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.hasPrefix("fel.xml:"))
            #expect(error.message.hasPrefix("malformed XML"))
        }
    }

    @Test func xmlRecordsFromTheRepeatedElement() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <export><lokaler>
          <lokal id="17"><namn>Bygdegården Vånga</namn><typ>Bygdegård</typ><kapacitet>ca 80</kapacitet>
            <adress><gata>Byvägen 3</gata><ort>VÅNGA</ort></adress></lokal>
          <lokal id="18"><namn>Fritidsgården Tollarp</namn><typ>Samlingslokal</typ><kapacitet>40</kapacitet></lokal>
        </lokaler></export>
        """
        let records = RecordExtractor.xml(try Markup.parseXML(Array(xml.utf8), file: "x.xml"), file: "x.xml", recordElement: nil)
        #expect(records.count == 2)
        #expect(records[0].values.contains(.init(label: "ort", value: "VÅNGA")))
        #expect(records[1].values.contains(.init(label: "id", value: "18")))
    }
}

@Suite struct TextPageTests {
    @Test func grantPageSectionsAndDeadline() throws {
        let page = """
        # Evenemangsbidrag

        Bidrag till föreningar som arrangerar evenemang för allmänheten.

        Sista ansökningsdag: 1 mars, 1 maj och 15 september

        Vem kan söka?

        - Föreningar

        Villkor

        - Ett evenemang per förening och år.
        - Evenemanget ska vara öppet för alla.

        Ansökan

        Ansök via kommunens e-tjänst: https://e-tjanster.kristianstad.se/evenemang.
        """
        let record = RecordExtractor.grantPage(from: Outline(text: page), file: "sida.txt")
        func values(_ field: Field) -> [String] { record.values.filter { $0.field == field }.map(\.value) }
        #expect(values(.name) == ["Evenemangsbidrag"])
        #expect(values(.summary) == ["Bidrag till föreningar som arrangerar evenemang för allmänheten."])
        #expect(values(.deadline) == ["Sista ansökningsdag: 1 mars, 1 maj och 15 september"])
        #expect(values(.conditions) == ["Ett evenemang per förening och år.", "Evenemanget ska vara öppet för alla."])
        #expect(values(.applicants) == ["Föreningar"])
    }

    @Test func deadlineSentencesAreKeptVerbatim() {
        #expect(RecordExtractor.deadlineSentence("Bidraget söks i Rbok. Söks senast 31 oktober året före det år ansökan gäller. För sent inkommen ansökan tas inte upp.")
            == "Söks senast 31 oktober året före det år ansökan gäller.")
        #expect(RecordExtractor.deadlineSentence("Sista ansökningsdag 4 februari 2024") == "Sista ansökningsdag 4 februari 2024")
        #expect(RecordExtractor.deadlineSentence("Föreningen ska vara registrerad.") == nil)
    }
}
