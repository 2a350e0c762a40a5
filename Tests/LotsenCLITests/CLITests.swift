import ArgumentParser
import Foundation
import LotsenCLI
import LotsenStore
import Testing

private let seedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seed")
private let importersDirectory = seedDirectory.deletingLastPathComponent().appendingPathComponent("importers")

private func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lotsen-cli-\(UUID().uuidString).db").path
}

@Suite struct CLITests {
    @Test func firstRunCreatesAndSeedsTheDatabase() throws {
        let path = temporaryPath()
        #expect(!FileManager.default.fileExists(atPath: path))
        let (store, report) = try Bootstrap.openStore(path: path, seedDirectory: seedDirectory, importersDirectory: importersDirectory)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(report?.contains("importers/kristianstad-barbacka/uthyrning-av-lokaler.html: premises: 6 added") == true)
        #expect(try store.counts()["premises"] == 11)
        #expect(try store.searchPremises(PremisesQuery(text: "scen", minCapacity: 50)).total == 2)

        // The second start finds data and does not seed again.
        let (_, again) = try Bootstrap.openStore(path: path, seedDirectory: seedDirectory, importersDirectory: importersDirectory)
        #expect(again == nil)
    }

    @Test func aMissingSeedFolderIsAClearError() throws {
        do {
            _ = try Bootstrap.openStore(
                path: temporaryPath(), seedDirectory: URL(fileURLWithPath: "/nonexistent/seed"), importersDirectory: importersDirectory)
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

    @Test func initAndSearchRunAgainstAFreshDatabase() async throws {
        let path = temporaryPath()
        var initialize = try LotsenCommand.parseAsRoot(
            ["init", "--db", path, "--seed", seedDirectory.path, "--importers", importersDirectory.path])
        try await run(&initialize)
        #expect(try Store(path: path).counts()["grants"] == 12)
        var search = try LotsenCommand.parseAsRoot(
            ["search", "premises", "scen", "--min-capacity", "50", "--db", path, "--json"])
        try await run(&search)
        var invalid = try LotsenCommand.parseAsRoot(["search", "premises", "--kind", "rymdskepp", "--db", path])
        await #expect(throws: ValidationError.self) { try await run(&invalid) }
        // An unknown code is an error naming the option, not a silently empty calendar.
        var calendar = try LotsenCommand.parseAsRoot(["calendar", "--applicant", "nope", "--db", path])
        await #expect(throws: ValidationError.self) { try await run(&calendar) }
    }

    @Test func theVersionIsPrinted() {
        #expect(LotsenCommand.configuration.version == LotsenCommand.version && !LotsenCommand.version.isEmpty)
    }
}

/// Runs a parsed command the way `lotsen` does (every Lotsen command is async).
private func run(_ command: inout any ParsableCommand) async throws {
    guard var async = command as? any AsyncParsableCommand else { return try command.run() }
    try await async.run()
    command = async
}
