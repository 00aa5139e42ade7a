import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// The reviewer's name without a `git` process: git's config files read in git's order, only when needed.
@Suite struct ReviewerNameTests {
    /// A temporary HOME with an empty repository folder beside it (`GIT_DIR`), so no real config is read.
    struct Home {
        let tmp = TemporaryWorkspace()
        var home: URL { tmp.root.appendingPathComponent("home") }
        var gitDir: URL { tmp.root.appendingPathComponent("repo/.git") }

        init() throws {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: gitDir, withIntermediateDirectories: true)
        }

        func write(_ text: String, to url: URL) throws {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// An environment that reads only this HOME's files and this repository's config.
        func environment(_ extra: [String: String] = [:]) -> [String: String] {
            var env = ["HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_DIR": gitDir.path, "USER": "login"]
            for (k, v) in extra { env[k] = v }
            return env
        }

        func config() -> GitConfig { GitConfig(environment: environment(), directory: tmp.root.path) }
    }

    @Test func globalThenXDGThenRepositoryWinInGitsOrder() throws {
        let h = try Home()
        #expect(h.config().value("user.name") == nil)
        #expect(ReviewerName.resolve(option: nil, environment: h.environment()) == "login", "no git name: the login")
        try h.write("[user]\n\tname = From XDG\n", to: h.home.appendingPathComponent(".config/git/config"))
        #expect(h.config().value("user.name") == "From XDG")
        try h.write("[user]\n\tname = Global Gita\n", to: h.home.appendingPathComponent(".gitconfig"))
        #expect(h.config().value("user.name") == "Global Gita", "~/.gitconfig is read after the XDG file")
        try h.write(
            "[core]\n\tbare = false\n[User]\n  Name = \"Repo  Rita\" # the repo's\n",
            to: h.gitDir.appendingPathComponent("config"))
        #expect(
            h.config().value("user.name") == "Repo  Rita", "the repository wins; quoted spaces kept, comment dropped")
        #expect(ReviewerName.resolve(option: nil, environment: h.environment()) == "Repo  Rita")
        #expect(
            ReviewerName.resolve(option: nil, environment: h.environment(["GIT_AUTHOR_NAME": "Author Ann"]))
                == "Author Ann")
        #expect(ReviewerName.resolve(option: nil, environment: h.environment(["CLAIMCHECK_REVIEWER": "cc"])) == "cc")
        #expect(ReviewerName.resolve(option: " opt ", environment: h.environment()) == "opt")
    }

    @Test func syntaxIncludesAndSubsections() throws {
        let h = try Home()
        try h.write(
            """
            ; a comment
            [user "work"]
            \tname = Not This One
            [include]
            \tpath = extra.inc
            [user]
            \tname = First \\
            Line\\tTabbed \\"Q\\"
            """, to: h.home.appendingPathComponent(".gitconfig"))
        try h.write(
            "[user]\n\temail = a@b\n[user.old]\n\tname = Old Style\n", to: h.home.appendingPathComponent("extra.inc"))
        let config = h.config()
        #expect(config.value("user.name") == "First Line\tTabbed \"Q\"")
        #expect(config.value("user.work.name") == "Not This One")
        #expect(config.value("user.old.name") == "Old Style", "[section.sub] names a lower-cased subsection")
        #expect(config.value("user.email") == "a@b", "include.path is followed, relative to the including file")
    }

    @Test func globalFileVariablesAndWorktreeFiles() throws {
        let h = try Home()
        try h.write("[user]\n\tname = Elsewhere\n", to: h.tmp.root.appendingPathComponent("other.cfg"))
        try h.write("[user]\n\tname = Home\n", to: h.home.appendingPathComponent(".gitconfig"))
        let chosen = GitConfig(
            environment: h.environment(["GIT_CONFIG_GLOBAL": h.tmp.root.appendingPathComponent("other.cfg").path]),
            directory: h.tmp.root.path)
        #expect(chosen.value("user.name") == "Elsewhere", "GIT_CONFIG_GLOBAL replaces ~/.gitconfig")
        // A worktree's ".git" is a file pointing at the main repository's worktrees/NAME, whose commondir is "../..".
        let main = h.tmp.root.appendingPathComponent("main/.git")
        try h.write("[user]\n\tname = Main Repo\n", to: main.appendingPathComponent("config"))
        try h.write("../..\n", to: main.appendingPathComponent("worktrees/wt/commondir"))
        let wt = h.tmp.root.appendingPathComponent("wt/sub")
        try FileManager.default.createDirectory(at: wt, withIntermediateDirectories: true)
        try h.write("gitdir: \(main.path)/worktrees/wt\n", to: h.tmp.root.appendingPathComponent("wt/.git"))
        var env = h.environment()
        env.removeValue(forKey: "GIT_DIR")
        #expect(GitConfig(environment: env, directory: wt.path).value("user.name") == "Main Repo")
    }
}
