import ArgumentParser
import Foundation
import Workbench

extension ClaimCheck {
    /// `claimcheck review DOC`: the REPL.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Step through a document's claims: verdicts, notes, evidence, corrections (type 'help' inside).",
            discussion: """
                On a terminal: line editing, history and tab completion. Otherwise commands are read line by line from \
                standard input and answered in plain text, so a review can be scripted; the exit status is 1 if any \
                command failed. Every change is saved the moment it is made.
                """)

        @Argument(help: ArgumentHelp("The document.", valueName: "doc"))
        var document: String

        @Option(
            name: [.short, .customLong("command")],
            help: ArgumentHelp("Run this command and exit (repeatable).", valueName: "command"))
        var commands: [String] = []

        @Option(help: "Your name for verdicts and history (default: $CLAIMCHECK_REVIEWER, git user.name, login).")
        var reviewer: String?

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            try Console.run {
                let workspace = options.resolved
                let session = try ReviewSession(
                    workspace: workspace, document: document, reviewer: ReviewerName.resolve(option: reviewer),
                    style: Console.style)
                if !commands.isEmpty || !Console.stdinIsTerminal, !session.startNote.isEmpty, Console.stderrIsTerminal {
                    Console.printError(session.startNote)
                }
                for warning in session.warnings { Console.printError(Console.errorStyle.yellow(warning)) }
                var failed = false
                func answer(_ line: String) -> Bool {
                    let reply = session.handle(line)
                    if reply.failed {
                        failed = true
                        Console.printError(reply.text)
                    } else {
                        Console.print(reply.text)
                    }
                    return !reply.quit
                }
                if !commands.isEmpty {
                    for command in commands where !answer(command) { break }
                } else if Console.stdinIsTerminal && Console.stdoutIsTerminal {
                    Interrupts.install()
                    let spinner = Spinner()
                    let showSpinner = Console.stderrIsTerminal
                    session.waiter = ThreadWaiter(
                        interrupted: { Interrupts.take() },
                        progress: { what, elapsed in if showSpinner { spinner.draw(what, elapsed: elapsed) } },
                        finished: { spinner.erase() })
                    Console.print(
                        TerminalText.safe(
                            "Reviewing \(document) as \(session.reviewer) — 'help' lists commands, Ctrl-C clears the line, Ctrl-D or 'quit' leaves."
                        ))
                    if let current = session.current {
                        Console.print(session.startNote)
                        Console.print(session.handle("goto #\(current.ordinal)").text)
                    }
                    let editor = LineEditor(
                        session: session, historyFile: workspace.root.appendingPathComponent(".claimcheck/history"))
                    while let line = editor.readLine(prompt: session.prompt), answer(line) {}
                    // Ctrl-D leaves the cursor after the prompt: end the line.
                    FileHandle.standardOutput.write(Data("\n".utf8))
                    return
                } else {
                    while let line = Swift.readLine(strippingNewline: true), answer(line) {}
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}
