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
            // Success, or a failure the command has already reported (`ExitCode`), needs no more words.
            let message = LotsenCommand.message(for: error)
            if code == .success || error is ExitCode || message.isEmpty { LotsenCommand.exit(withError: error) }
            let subcommand = type(of: command)._commandName
            let name = subcommand == LotsenCommand._commandName ? "lotsen" : "lotsen \(subcommand)"
            FileHandle.standardError.write(Data("Error: \(message)\nSee '\(name) --help' for its options.\n".utf8))
            LotsenCommand.exit(withError: ExitCode(code.rawValue))
        }
    }
}
