import Foundation

/// Reads one value from git's configuration files the way `git config --get` does, without starting git:
/// the system file (`/etc/gitconfig`, unless `GIT_CONFIG_NOSYSTEM`), the global ones (`$XDG_CONFIG_HOME/git/config`
/// or `~/.config/git/config`, then `~/.gitconfig`; `GIT_CONFIG_GLOBAL` replaces both), then the repository's
/// `.git/config` (`$GIT_DIR/config`, else the nearest `.git` above the working directory). A later file wins, and
/// within a file the last assignment; `[include] path = …` is followed (relative to the including file, `~`
/// expanded, at most ten deep). Conditional includes (`includeIf`) are not evaluated.
public struct GitConfig: Sendable {
    /// The files read, in increasing precedence.
    public let files: [String]
    /// `$HOME`, for `~/` in an include path.
    let home: String?

    /// The files git would read for a process with `environment` whose working directory is `directory`.
    public init(environment: [String: String], directory: String) {
        var files: [String] = []
        let flag = environment["GIT_CONFIG_NOSYSTEM"]?.lowercased()
        if flag == nil || ["", "0", "false", "no", "off"].contains(flag!) {
            files.append(environment["GIT_CONFIG_SYSTEM"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/gitconfig")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let global = environment["GIT_CONFIG_GLOBAL"] {
            if !global.isEmpty { files.append(global) }
        } else {
            if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
                files.append(xdg + "/git/config")
            } else if let home {
                files.append(home + "/.config/git/config")
            }
            if let home { files.append(home + "/.gitconfig") }
        }
        if let gitDir = environment["GIT_DIR"], !gitDir.isEmpty {
            files.append((gitDir.hasPrefix("/") ? gitDir : directory + "/" + gitDir) + "/config")
        } else if let repository = Self.repositoryConfig(above: directory) {
            files.append(repository)
        }
        self.files = files
        self.home = home
    }

    /// The value of `key` ("section.name" or "section.subsection.name"; section and name case-insensitive) in
    /// the last file and line that set it; nil when none does or a file cannot be read.
    public func value(_ key: String) -> String? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        let section = parts[0].lowercased()
        let name = parts[parts.count - 1].lowercased()
        let subsection = parts.count > 2 ? parts[1..<(parts.count - 1)].joined(separator: ".") : nil
        var found: String?
        for file in files {
            Self.scan(file: file, home: home, depth: 0) { s, sub, n, v in
                if s == section, sub == subsection, n == name { found = v }
            }
        }
        return found
    }

    /// `config` of the nearest `.git` folder (or the `gitdir:` a `.git` file names) at or above `directory`.
    static func repositoryConfig(above directory: String) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let dotGit = dir.appendingPathComponent(".git")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDir) {
                if isDir.boolValue { return dotGit.appendingPathComponent("config").path }
                // A worktree or submodule: ".git" is a file "gitdir: PATH"; its shared config is in commondir.
                guard let text = try? String(contentsOfFile: dotGit.path, encoding: .utf8),
                    let line = text.split(separator: "\n").first(where: { $0.hasPrefix("gitdir:") })
                else { return nil }
                let path = line.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
                let gitDir = path.hasPrefix("/") ? URL(fileURLWithPath: path) : dir.appendingPathComponent(path)
                let common = gitDir.appendingPathComponent("commondir")
                if let rel = try? String(contentsOfFile: common.path, encoding: .utf8) {
                    let c = rel.trimmingCharacters(in: .whitespacesAndNewlines)
                    let base = c.hasPrefix("/") ? URL(fileURLWithPath: c) : gitDir.appendingPathComponent(c)
                    return base.standardizedFileURL.appendingPathComponent("config").path
                }
                return gitDir.appendingPathComponent("config").path
            }
            if dir.path == "/" { return nil }
            dir.deleteLastPathComponent()
        }
    }

    /// Calls `assign(section, subsection, name, value)` for every assignment in `file`, following includes.
    private static func scan(
        file: String, home: String?, depth: Int, _ assign: (String, String?, String, String) -> Void
    ) {
        guard depth < 10, let data = FileManager.default.contents(atPath: file) else { return }
        let text = String(decoding: data, as: UTF8.self)
        var parser = GitConfigParser(text: text)
        while let entry = parser.next() {
            if entry.section == "include", entry.subsection == nil, entry.name == "path", !entry.value.isEmpty {
                var path = entry.value
                if path.hasPrefix("~/"), let home {
                    path = home + path.dropFirst(1)
                } else if !path.hasPrefix("/") {
                    path = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path).path
                }
                scan(file: path, home: home, depth: depth + 1, assign)
            } else {
                assign(entry.section, entry.subsection, entry.name, entry.value)
            }
        }
    }
}

/// The assignments of one git configuration file, in order: `[section]` and `[section "subsection"]` headers,
/// `name = value` lines (a bare `name` is "true"), `#` and `;` comments outside quotes, `"…"` quoting, the
/// escapes `\" \\ \n \t \b` and a backslash at the end of a line continuing the value.
struct GitConfigParser {
    /// One `name = value` line under its section.
    struct Entry: Equatable {
        /// Lower-cased section name.
        var section: String
        /// Subsection as written (case-sensitive), or nil.
        var subsection: String?
        /// Lower-cased variable name.
        var name: String
        /// The value, unquoted and unescaped.
        var value: String
    }

    private let chars: [Unicode.Scalar]
    private var i = 0
    private var section = ""
    private var subsection: String?

    /// A parser over the text of one file.
    init(text: String) { chars = Array(text.unicodeScalars) }

    /// The next assignment, or nil at the end of the text.
    mutating func next() -> Entry? {
        while i < chars.count {
            skipBlanks()
            guard i < chars.count else { return nil }
            let c = chars[i]
            if c == "\n" {
                i += 1
            } else if c == "#" || c == ";" {
                skipLine()
            } else if c == "[" {
                readHeader()
            } else if Self.isNameCharacter(c), c != "-" {
                if let entry = readAssignment() { return entry }
            } else {
                skipLine()
            }
        }
        return nil
    }

    private static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
    }

    private mutating func skipBlanks() {
        while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == "\r" { i += 1 }
    }

    private mutating func skipLine() {
        while i < chars.count, chars[i] != "\n" { i += 1 }
    }

    private mutating func readHeader() {
        i += 1
        var name = ""
        while i < chars.count, chars[i] != "]", chars[i] != "\n", chars[i] != " ", chars[i] != "\t", chars[i] != "\"" {
            name.unicodeScalars.append(chars[i])
            i += 1
        }
        var sub: String?
        skipBlanks()
        if i < chars.count, chars[i] == "\"" {
            i += 1
            var s = ""
            while i < chars.count, chars[i] != "\"", chars[i] != "\n" {
                if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                s.unicodeScalars.append(chars[i])
                i += 1
            }
            sub = s
            if i < chars.count, chars[i] == "\"" { i += 1 }
        }
        skipLine()
        // The old "[section.sub]" syntax names a lower-cased subsection.
        if sub == nil, let dot = name.firstIndex(of: ".") {
            sub = String(name[name.index(after: dot)...]).lowercased()
            name = String(name[..<dot])
        }
        section = name.lowercased()
        subsection = sub
    }

    private mutating func readAssignment() -> Entry? {
        var name = ""
        while i < chars.count, Self.isNameCharacter(chars[i]) {
            name.unicodeScalars.append(chars[i])
            i += 1
        }
        skipBlanks()
        guard i < chars.count, chars[i] == "=" else {
            skipLine()
            return Entry(section: section, subsection: subsection, name: name.lowercased(), value: "true")
        }
        i += 1
        skipBlanks()
        var value = ""
        var pendingSpace = ""
        var quoted = false
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { break }
            if !quoted && (c == "#" || c == ";") {
                skipLine()
                break
            }
            i += 1
            if c == "\\" {
                guard i < chars.count else { break }
                let e = chars[i]
                i += 1
                value += pendingSpace
                pendingSpace = ""
                switch e {
                case "\n": continue
                case "\r" where i < chars.count && chars[i] == "\n": i += 1
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "b": if !value.isEmpty { value.removeLast() }
                default: value.unicodeScalars.append(e)
                }
            } else if c == "\"" {
                value += pendingSpace
                pendingSpace = ""
                quoted.toggle()
            } else if !quoted && (c == " " || c == "\t" || c == "\r") {
                pendingSpace.unicodeScalars.append(c == "\r" ? " " : c)
            } else {
                value += pendingSpace
                pendingSpace = ""
                value.unicodeScalars.append(c)
            }
        }
        return Entry(section: section, subsection: subsection, name: name.lowercased(), value: value)
    }
}
