import ArgumentParser
import Workbench

extension ClaimCheck {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read and write the workspace's settings (.claimcheck/config.json).",
            discussion: """
                Settings: organization (the fact-checking organisation's name), organization-url, base-url (where \
                reports/ is published), logo. report and export use organization and base-url when their flags \
                are not given; lint requires both.
                """,
            subcommands: [List.self, Get.self, Set.self, Unset.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print every setting.")
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run { Console.print(try ConfigJob(workspace: options.resolved).list()) }
            }
        }

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print one setting's value (exit 1 when it is unset).")
            @Argument(help: ArgumentHelp("organization, organization-url, base-url or logo.", valueName: "key"))
            var key: String
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run {
                    guard let value = try ConfigJob(workspace: options.resolved).get(key) else {
                        Console.printError("claimcheck: \(key) is not set")
                        throw ExitCode(1)
                    }
                    Console.print(value)
                }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set one setting.")
            @Argument(help: ArgumentHelp("organization, organization-url, base-url or logo.", valueName: "key"))
            var key: String
            @Argument(help: ArgumentHelp("The value (links: http:// or https://).", valueName: "value"))
            var value: String
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run { Console.print(try ConfigJob(workspace: options.resolved).set(key, to: value)) }
            }
        }

        struct Unset: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove one setting.")
            @Argument(help: ArgumentHelp("organization, organization-url, base-url or logo.", valueName: "key"))
            var key: String
            @OptionGroup var options: WorkspaceOptions

            func run() throws {
                try Console.run { Console.print(try ConfigJob(workspace: options.resolved).unset(key)) }
            }
        }
    }
}
