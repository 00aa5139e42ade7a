import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// Issue 14 point 2: one table of REPL commands, typed history actions.
@Suite struct ReviewCommandTableTests {
    @Test func everyNameAndAliasIsUniqueAndFindsItsCommand() {
        let names = ReviewCommand.allNames
        #expect(Set(names).count == names.count, "no name or alias is used twice: \(names)")
        for command in ReviewCommand.allCases {
            #expect(ReviewCommand.find(command.name) == command)
            for alias in command.aliases { #expect(ReviewCommand.find(alias.uppercased()) == command, "\(alias)") }
            #expect(command.usage.hasPrefix(command.name), "the usage starts with the command's name: \(command.usage)")
        }
    }

    @Test func helpAndCompletionComeFromTheTable() throws {
        let tmp = TemporaryWorkspace()
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: "Police said 12 people were hurt.",
            sentences: ["Police said 12 people were hurt."])
        let s = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "ana")
        let help = s.handle("help").text
        for command in ReviewCommand.allCases {
            #expect(help.contains(command.usage) && help.contains(command.summary), "help lists \(command.name)")
            let one = s.handle("help \(command.name)")
            #expect(!one.failed && one.text.contains(command.summary))
        }
        #expect(s.completions(forWord: "", lineSoFar: "") == ReviewCommand.allCases.map(\.name))
        #expect(s.completions(forWord: "un", lineSoFar: "next un") == ["unreviewed"])
        #expect(s.completions(forWord: "--f", lineSoFar: "list --f") == ["--flagged"])
        #expect(s.completions(forWord: "", lineSoFar: "goto ") == s.claims.map(\.id))
        #expect(s.completions(forWord: "s", lineSoFar: "help s") == ["show", "status"])
        #expect(s.completions(forWord: "", lineSoFar: "undo ") == [])
        // Every command runs (none falls through to quitting the session).
        for command in ReviewCommand.allCases where command != .quit {
            #expect(!s.handle(command.name).quit, "\(command.name) does not end the session")
        }
        #expect(s.handle("q").quit)
    }

    @Test func historyActionsReadTheStringsOfExistingFiles() throws {
        for action in HistoryAction.allCases {
            let json = Data("{\"at\":\"t\",\"by\":\"ana\",\"action\":\"\(action.rawValue)\"}".utf8)
            #expect(try JSONDecoder().decode(HistoryEntry.self, from: json).action == action)
        }
        #expect(
            HistoryAction.allCases.map(\.rawValue) == [
                "extracted", "reextracted", "revised", "orphaned", "verdict", "note", "evidence-add",
                "evidence-remove", "evidence-fetch", "evidence-check", "kinds", "manual", "undo", "dispute", "resolve",
            ],
            "the strings DESIGN.md lists")
        let written = String(
            decoding: try JSONEncoder().encode(HistoryEntry(at: "t", by: "bo", action: .evidenceAdd)), as: UTF8.self)
        #expect(written.contains("\"action\":\"evidence-add\""))
        #expect(throws: (any Error).self, "an unknown action is a malformed file, not a silent guess") {
            _ = try JSONDecoder().decode(
                HistoryEntry.self, from: Data("{\"at\":\"t\",\"by\":\"x\",\"action\":\"verdikt\"}".utf8))
        }
        #expect(
            HistoryAction.extracted.isExtraction && HistoryAction.reextracted.isExtraction
                && !HistoryAction.undo.isExtraction)
    }
}
