import Foundation

/// `claimcheck-stress`: the reliability suite of issue 6. `claimcheck-stress all [--quick]` runs every case
/// and prints a table (scripts/reliability); the other verbs are the child processes the cases start and kill.
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claimcheck-stress: \(message)\n".utf8))
    exit(2)
}

switch arguments.first {
case "child-saves":
    guard arguments.count == 4, let n = Int(arguments[3]) else { fail("usage: child-saves WORKSPACE DOC COUNT") }
    try Children.saves(workspace: arguments[1], document: arguments[2], count: n)
case "child-edits":
    guard arguments.count == 5, let n = Int(arguments[3]) else { fail("usage: child-edits WORKSPACE DOC COUNT NAME") }
    try Children.edits(workspace: arguments[1], document: arguments[2], count: n, name: arguments[4])
case "child-reextract":
    guard arguments.count == 4, let n = Int(arguments[3]) else { fail("usage: child-reextract WORKSPACE DOC COUNT") }
    try Children.reextract(workspace: arguments[1], document: arguments[2], count: n)
case "child-hold-lock":
    guard arguments.count == 3 else { fail("usage: child-hold-lock WORKSPACE DOC") }
    try Children.holdLock(workspace: arguments[1], document: arguments[2])
case "all", "case":
    let quick = arguments.contains("--quick")
    let only = arguments.first == "case" ? arguments.dropFirst().first { !$0.hasPrefix("--") } : nil
    let suite = ReliabilitySuite(quick: quick)
    let ok = suite.run(only: only)
    exit(ok ? 0 : 1)
default:
    print(
        """
        usage: claimcheck-stress all [--quick]       run every reliability case and print a table
               claimcheck-stress case NAME [--quick] run one case (\(ReliabilitySuite.caseNames.joined(separator: ", ")))
        """)
    exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 2)
}
