import ArgumentParser
import Foundation
import LotsenStore

extension LotsenCommand {
    /// `lotsen token create|list|revoke`: staff bearer tokens (only their hashes are stored).
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Staff bearer tokens for the enquiry endpoints.", subcommands: [Create.self, List.self, Role.self, Revoke.self])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Create a token; it is printed once and only its hash is kept.")
            @OptionGroup var store: StoreOptions
            @Option(help: "Who uses it, e.g. \"Eva, Medborgarcenter\" (shown in enquiry histories).") var name: String
            @Option(help: "staff, editor (may also edit the catalogue) or admin (may also export and erase personal data).") var role: String = "staff"

            func run() async throws {
                guard let role = StaffToken.Role(rawValue: role) else { throw ValidationError("--role must be staff, editor or admin") }
                let (token, secret) = try store.openWithEnquiries().1.createToken(name: name, role: role)
                print("id:     \(token.id)\nname:   \(token.name)\nrole:   \(token.role.rawValue)\ntoken:  \(secret)")
                FileHandle.standardError.write(Data("Spara nyckeln nu; den visas inte igen. / Save the token now; it is not shown again.\n".utf8))
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List tokens (never their secrets).")
            @OptionGroup var store: StoreOptions

            func run() async throws {
                for token in try store.openWithEnquiries().1.tokens() {
                    let state = token.revokedAt.map { "återkallad \($0.formatted(.iso8601))" } ?? "aktiv"
                    print("\(token.id)\t\(token.role.rawValue)\t\(token.name)\t\(state)")
                }
            }
        }

        struct Role: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Give a token another role, e.g. `lotsen token role ID editor` lets its holder edit the catalogue.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The token's id (from `lotsen token list`).") var id: String
            @Argument(help: "staff, editor or admin.") var role: String

            func run() async throws {
                guard let role = StaffToken.Role(rawValue: role) else { throw ValidationError("the role must be staff, editor or admin") }
                guard try store.openWithEnquiries().1.setRole(role, tokenId: id) else { throw ValidationError("no token with id \(id)") }
                print("\(id): \(role.rawValue)")
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Revoke a token by its id; requests with it then get 401.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The token's id (from `lotsen token list`).") var id: String

            func run() async throws {
                guard try store.openWithEnquiries().1.revokeToken(id: id) else { throw ValidationError("no token with id \(id)") }
                print("Återkallad / revoked: \(id)")
            }
        }
    }

    /// `lotsen enquiries purge`: erases personal data of enquiries closed longer ago than the retention period.
    struct Enquiries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enquiry housekeeping.", subcommands: [Purge.self])

        struct Purge: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Erase names, e-mail, phone, association and organisation number of enquiries closed more than --retention-days ago (text and routing stay, anonymous).")
            @OptionGroup var store: StoreOptions
            @Option(name: .customLong("retention-days"), help: "Days after closing that personal data is kept.") var retentionDays: Int = 90

            func run() async throws {
                guard retentionDays >= 0 else { throw ValidationError("--retention-days must not be negative") }
                let cutoff = Date().addingTimeInterval(-Double(retentionDays) * 86_400)
                let count = try store.openWithEnquiries().1.purgePersonalData(closedBefore: cutoff)
                print("Personuppgifter raderade i \(count) ärenden / personal data erased in \(count) enquiries (closed before \(cutoff.formatted(.iso8601))).")
            }
        }
    }
}
