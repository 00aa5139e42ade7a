import CEditLine
import Foundation
import Workbench

/// Line editing, persistent history and tab completion through libedit, for an interactive session.
/// libedit's completion hook is a C function: it reaches the session through this one global.
nonisolated(unsafe) private var completionSource: ReviewSession?
nonisolated(unsafe) private var completionMatches: [String] = []

final class LineEditor {
    private let historyFile: String

    init(session: ReviewSession, historyFile: URL) {
        // Without a UTF-8 locale libedit cuts non-ASCII input.
        if setlocale(LC_CTYPE, "") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
        self.historyFile = historyFile.path
        try? FileManager.default.createDirectory(
            at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        completionSource = session
        cc_rl_set_name(strdup("claimcheck"))
        stifle_history(1000)
        _ = read_history(self.historyFile)
        cc_rl_set_completion { text, _, _ in
            let word = text.map { String(cString: $0) } ?? ""
            let line = cc_rl_line_buffer().map { String(cString: $0) } ?? ""
            completionMatches = completionSource?.completions(forWord: word, lineSoFar: line) ?? []
            guard !completionMatches.isEmpty else { return nil }
            return rl_completion_matches(text) { _, state in
                if state == 0 { completionIndex = 0 }
                guard completionIndex < completionMatches.count else { return nil }
                defer { completionIndex += 1 }
                return strdup(completionMatches[completionIndex])
            }
        }
    }

    /// The next line, or nil at end of input (Ctrl-D). Ctrl-C drops the line being typed and prompts again
    /// (`Interrupts` must be installed: libedit then returns from `readline` with nothing).
    func readLine(prompt: String) -> String? {
        _ = Interrupts.take()
        guard let raw = readline(prompt) else {
            if Interrupts.take() {
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return readLine(prompt: prompt)
            }
            return nil
        }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            _ = write_history(historyFile)
        }
        return line
    }
}

nonisolated(unsafe) private var completionIndex = 0
