/// Whether an edited sentence still makes the same checkable statements: its facts compared by what a verdict
/// rests on (kinds, values and the tops of ranges, qualifiers, units, counted nouns, resolved dates, speakers, quoted
/// words), not by where they sit. Used by re-extraction to decide whether a carried-over verdict needs re-checking.
public enum FactComparison {
    /// What a verdict rests on in `fact`, as one comparable string (spans and reporting verbs left out).
    public static func key(_ fact: Fact) -> String {
        var parts = [fact.kind.rawValue]
        switch fact.kind {
        case .quantity, .casualty:
            parts += [
                fact.value.map(Fact.format(number:)) ?? "", fact.upper.map(Fact.format(number:)) ?? "",
                fact.qualifier?.rawValue ?? "", fact.unit ?? "",
                (fact.noun ?? "").lowercased(),
            ]
        case .date:
            parts += [fact.resolved ?? ClaimIdentity.normalise(fact.text), fact.reference?.rawValue ?? ""]
        case .attribution:
            parts += [(fact.speaker ?? "").lowercased(), (fact.role ?? "").lowercased()]
        case .quote:
            parts += [ClaimIdentity.normalise(fact.text)]
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// The changes from `old` to `new` in words, one per changed fact, e.g. "quantity 40 → 45 people",
    /// "date yesterday → 2016-02-23 removed"; empty when both say the same.
    public static func changes(from old: [Fact], to new: [Fact]) -> [String] {
        var remaining: [String: Int] = [:]
        for fact in new { remaining[key(fact), default: 0] += 1 }
        var removed: [Fact] = []
        for fact in old {
            let k = key(fact)
            if let n = remaining[k], n > 0 {
                remaining[k] = n - 1
            } else {
                removed.append(fact)
            }
        }
        var added: [Fact] = []
        for fact in new {
            let k = key(fact)
            if let n = remaining[k], n > 0 {
                remaining[k] = n - 1
                added.append(fact)
            }
        }
        var lines: [String] = []
        for fact in removed {
            if let i = added.firstIndex(where: { $0.kind == fact.kind }) {
                lines.append("\(fact.kind.rawValue) \(arrow(from: shown(fact), to: shown(added[i])))")
                added.remove(at: i)
            } else {
                lines.append("\(fact.kind.rawValue) \(shown(fact)) removed")
            }
        }
        lines += added.map { "\($0.kind.rawValue) \(shown($0)) added" }
        return lines
    }

    /// "40 → 45 people" for "40 people" and "45 people", "more than 40 → 45 people" for "more than 40 people" and
    /// "more than 45 people": the words both begin and end with are written once.
    static func arrow(from old: String, to new: String) -> String {
        var a = old.split(separator: " ")[...]
        var b = new.split(separator: " ")[...]
        var head: [Substring] = []
        while a.count > 1, b.count > 1, a.first == b.first {
            head.append(a.removeFirst())
            b.removeFirst()
        }
        var tail: [Substring] = []
        while a.count > 1, b.count > 1, a.last == b.last {
            tail.insert(a.removeLast(), at: 0)
            b.removeLast()
        }
        return (head + [a.joined(separator: " ") + " → " + b.joined(separator: " ")] + tail).joined(separator: " ")
    }

    /// A fact as the reason shows it: its summary, a long quote cut to 60 characters.
    static func shown(_ fact: Fact) -> String {
        let summary = fact.summary
        return summary.count > 62 ? String(summary.prefix(59)) + "…”" : summary
    }
}
