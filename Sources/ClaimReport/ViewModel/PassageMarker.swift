/// Splits an evidence passage into runs, marking every occurrence of the claim's numbers
/// ("89" in "the 89 members", but not the "89" inside "1989").
enum PassageMarker {
    struct Run: Equatable {
        let text: String
        let marked: Bool
    }

    static func mark(_ passage: String, numbers: [String]) -> [Run] {
        let wanted = numbers.filter { !$0.isEmpty }
        guard !wanted.isEmpty else { return [Run(text: passage, marked: false)] }
        var ranges: [Range<String.Index>] = []
        for number in wanted {
            var from = passage.startIndex
            while let found = passage.range(of: number, range: from..<passage.endIndex) {
                let before =
                    found.lowerBound > passage.startIndex ? passage[passage.index(before: found.lowerBound)] : " "
                let after = found.upperBound < passage.endIndex ? passage[found.upperBound] : " "
                if !before.isNumber, !before.isLetter, !after.isNumber, !after.isLetter {
                    ranges.append(found)
                }
                from = found.upperBound
            }
        }
        guard !ranges.isEmpty else { return [Run(text: passage, marked: false)] }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var runs: [Run] = []
        var cursor = passage.startIndex
        for range in merged {
            if cursor < range.lowerBound {
                runs.append(Run(text: String(passage[cursor..<range.lowerBound]), marked: false))
            }
            runs.append(Run(text: String(passage[range]), marked: true))
            cursor = range.upperBound
        }
        if cursor < passage.endIndex { runs.append(Run(text: String(passage[cursor...]), marked: false)) }
        return runs
    }
}
