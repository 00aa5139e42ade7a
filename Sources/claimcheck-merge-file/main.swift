// claimcheck-merge-file BASE OURS THEIRS [PATH]: git's merge driver for a claimcheck workspace, the same merge as
// `claimcheck merge-file` (WorkspaceFileMerge) in an executable that links only ClaimCore and Foundation, so that
// git, which starts it once per file changed on both sides, starts it fast. `claimcheck init` registers it when it
// sits beside claimcheck.
import ClaimCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--help" || arguments.first == "-h" || !(3...4).contains(arguments.count) {
    let usage = """
        usage: claimcheck-merge-file BASE OURS THEIRS [PATH]
          git's merge driver for claim files and document.json (git config merge.claimcheck.driver
          "claimcheck-merge-file %O %A %B %P"; 'claimcheck init' sets it up). Writes the merge over OURS;
          exit 1 with OURS untouched when a side is not a valid file.
        """
    let asked = arguments.first == "--help" || arguments.first == "-h"
    FileHandle.standardOutput.write(Data((asked ? usage + "\n" : "").utf8))
    if !asked { FileHandle.standardError.write(Data((usage + "\n").utf8)) }
    exit(asked ? 0 : 1)
}
do {
    let outcome = try WorkspaceFileMerge.run(
        base: arguments[0], ours: arguments[1], theirs: arguments[2], path: arguments.count > 3 ? arguments[3] : nil,
        now: Timestamp.now())
    if let message = WorkspaceFileMerge.message(outcome) {
        FileHandle.standardError.write(Data("claimcheck: \(message)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("claimcheck: \(error)\n".utf8))
    exit(1)
}
