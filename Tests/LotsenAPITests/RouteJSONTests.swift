import Foundation
import LotsenGuide
import LotsenImport
import LotsenRouting
import LotsenStore
import Testing
@testable import LotsenAPI

/// `POST /v1/route` writes its JSON by hand; it must say exactly what the Encodable form says.
@Suite struct RouteJSONTests {
    @Test func theHandWrittenJSONEqualsTheEncodedOne() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let store = try Store(path: FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-json-\(UUID().uuidString).db").path)
        try DefaultData.fill(store, seedDirectory: root.appendingPathComponent("seed"), importersDirectory: root.appendingPathComponent("importers"))
        let guide = try EnquiryGuide(store: store, enquiries: try EnquiryStore(path: EnquiryStore.defaultPath(besideCatalogue: store.path), catalogue: store), routingFile: root.appendingPathComponent("seed/routing.json"))
        let monday = Date(timeIntervalSince1970: 1_795_424_400)
        for text in ["När är sista ansökningsdag för aktivitetsstöd?", "Kan vi hyra stora scenen på Barbacka?",
                     "Hej \"där\"\\ jag har en fråga\n\tom\u{01} allt", "Gatlampan är trasig"] {
            let answer = try guide.answer(Enquiry(text: text), at: monday)
            let written = try JSONSerialization.jsonObject(with: Data(answer.jsonBytes())) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(with: JSONEncoder.lotsen.encode(answer)) as? NSDictionary
            #expect(written != nil)
            #expect(written == encoded, "\(text)")
        }
    }
}
