/// Splits a command line into words; "double", “curly” and 'single' quotes group words. `rest(after:)`
/// gives the text after the first words exactly as typed, for notes, which are kept verbatim.
struct CommandLineWords {
    /// The words, quotes removed.
    let words: [String]
    private let line: String
    /// For each word, the index in `line` just after it (after its closing quote).
    private let ends: [String.Index]

    init(_ line: String) {
        self.line = line
        var words: [String] = []
        var ends: [String.Index] = []
        var current = ""
        var quote: Character?
        var inWord = false
        var index = line.startIndex
        while index < line.endIndex {
            let ch = line[index]
            let next = line.index(after: index)
            defer { index = next }
            if let q = quote {
                if ch == q || (q == "“" && ch == "”") { quote = nil } else { current.append(ch) }
                continue
            }
            if ch == "\"" || ch == "“" || (ch == "'" && !inWord) {
                quote = ch
                inWord = true
                continue
            }
            if ch.isWhitespace {
                if inWord {
                    words.append(current)
                    ends.append(index)
                    current = ""
                    inWord = false
                }
                continue
            }
            current.append(ch)
            inWord = true
        }
        if inWord {
            words.append(current)
            ends.append(line.endIndex)
        }
        self.words = words
        self.ends = ends
    }

    static func split(_ line: String) -> [String] { CommandLineWords(line).words }

    /// The text after the first `n` words as typed: quotes, inner and trailing spacing and Unicode kept;
    /// only the white space separating it from word `n` is dropped. Empty when nothing follows.
    func rest(after n: Int) -> String {
        guard n > 0 else { return String(line.drop { $0.isWhitespace }) }
        guard n <= ends.count else { return "" }
        return String(line[ends[n - 1]...].drop { $0.isWhitespace })
    }
}
