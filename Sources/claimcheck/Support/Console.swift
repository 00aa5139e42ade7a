import ArgumentParser
import Foundation
import Glibc
import Workbench

/// Terminal facts and output: colour only on a TTY and never with NO_COLOR; errors as one line on stderr.
enum Console {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

    static var colourAllowed: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["NO_COLOR"].map(\.isEmpty) ?? true && env["TERM"] != "dumb"
    }

    /// The style for text written to stdout.
    static var style: TextStyle { TextStyle(colored: stdoutIsTerminal && colourAllowed) }

    /// The style for text written to stderr.
    static var errorStyle: TextStyle { TextStyle(colored: stderrIsTerminal && colourAllowed) }

    /// Columns of the terminal, or 120 when output is not a terminal.
    static var width: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 120
    }

    static func print(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Runs a subcommand body, turning claimcheck's errors into one line on stderr (with the Workbench's
    /// advice) and exit status 1; argument-parser exits pass through.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            guard let line = ErrorAdvice.line(forAny: error) else { throw error }
            printError(errorStyle.red("claimcheck: ") + line)
            throw ExitCode(1)
        }
    }
}
