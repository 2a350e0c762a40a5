import ArgumentParser
import Foundation
import LotsenCLI

/// Runs `lotsen`. An error from a subcommand points to that subcommand's help, not to the root's usage.
@main
enum Lotsen {
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try LotsenCommand.parseAsRoot()
        } catch {
            LotsenCommand.exit(withError: error)
        }
        do {
            var running = command
            if var async = running as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try running.run()
            }
        } catch {
            let code = LotsenCommand.exitCode(for: error)
            if code == .success { LotsenCommand.exit(withError: error) }
            let name = type(of: command).configuration.commandName.map { "lotsen \($0)" } ?? "lotsen"
            FileHandle.standardError.write(Data("Error: \(LotsenCommand.message(for: error))\nSee '\(name) --help' for its options.\n".utf8))
            LotsenCommand.exit(withError: ExitCode(code.rawValue))
        }
    }
}
