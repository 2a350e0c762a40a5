import ArgumentParser
import Foundation
import LotsenCLI
import LotsenStore
import Testing

private let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seed")

private func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-cli-\(UUID().uuidString).db").path
}

@Suite struct CLITests {
    @Test func firstRunCreatesAndSeedsTheDatabase() throws {
        let path = temporaryPath()
        #expect(!FileManager.default.fileExists(atPath: path))
        let (store, report) = try Bootstrap.openStore(path: path, seedDirectory: seedDirectory)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(report?.premises[.added] == 11)
        #expect(try store.searchPremises(PremisesQuery(text: "scen", minCapacity: 50)).total == 2)

        // The second start finds data and does not seed again.
        let (_, again) = try Bootstrap.openStore(path: path, seedDirectory: seedDirectory)
        #expect(again == nil)
    }

    @Test func aMissingSeedFolderIsAClearError() throws {
        do {
            _ = try Bootstrap.openStore(path: temporaryPath(), seedDirectory: URL(fileURLWithPath: "/nonexistent/seed"))
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.message.contains("/nonexistent/seed/vocabulary.json"))
        }
    }

    @Test func commandsParseWithTheirOptions() throws {
        let path = temporaryPath()
        let serve = try LotsenCommand.parseAsRoot(["serve", "--db", path, "--port", "9090", "--host", "0.0.0.0"])
        #expect(serve is any AsyncParsableCommand)
        #expect(throws: (any Error).self) { try LotsenCommand.parseAsRoot(["serve", "--port", "70000"]) }
        #expect(throws: (any Error).self) { try LotsenCommand.parseAsRoot(["serve", "--bogus"]) }
        _ = try LotsenCommand.parseAsRoot(["seed", "--db", path])  // alias of init
    }

    @Test func initAndSearchRunAgainstAFreshDatabase() throws {
        let path = temporaryPath()
        var initialize = try LotsenCommand.parseAsRoot(["init", "--db", path, "--seed", seedDirectory.path])
        try initialize.run()
        #expect(try Store(path: path).counts()["grants"] == 12)
        var search = try LotsenCommand.parseAsRoot(
            ["search", "premises", "scen", "--min-capacity", "50", "--db", path, "--json"])
        try search.run()
        var invalid = try LotsenCommand.parseAsRoot(["search", "premises", "--kind", "rymdskepp", "--db", path])
        #expect(throws: ValidationError.self) { try invalid.run() }
    }
}
