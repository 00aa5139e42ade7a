import Testing

@testable import ClaimCore

/// `WordSet` and the fast `CalendarDay(iso:)` path are speed machinery: they must answer exactly as the plain
/// `Set<String>` and the general ISO parser they stand in front of.
@Suite struct WordSetTests {
    /// Words in and out of a list, including near misses on each pre-check (same first byte, same length,
    /// same last byte), the empty word, non-ASCII and very long words.
    @Test func membershipIsThatOfTheSet() {
        let words = [
            "he", "she", "it", "aged", "reports", "casualties", "o’clock", "", String(repeating: "x", count: 70),
        ]
        let set = WordSet(words)
        let probes =
            words + [
                "hi", "ht", "sha", "age", "aget", "reportz", "casualtiez", "o'clock", "o’clocks", "é",
                String(repeating: "x", count: 80), String(repeating: "y", count: 70), "He", "IT",
            ]
        for word in probes { #expect(set.contains(word) == Set(words).contains(word), "\(word)") }
        #expect(WordSet(["a"]).union(["b"]).contains("b"))
        #expect(set.count == Set(words).count)
    }

    /// Every lexicon list answers for each of its own words and refuses the words of the others it does not hold.
    @Test func lexiconListsKeepTheirWords() {
        let lists: [WordSet] = [
            AttributionLexicon.possessives, AttributionLexicon.speechNouns, CasualtyLexicon.casualtyNouns,
            CasualtyLexicon.cues, QuantityLexicon.countModifiers, NonFactLexicon.ageMarkers, NonFactLexicon.idiomWords,
        ]
        let everyWord = Set(lists.flatMap { $0 })
        for list in lists {
            let plain = Set(list)
            for word in everyWord { #expect(list.contains(word) == plain.contains(word), "\(word)") }
        }
    }

    /// The plain "YYYY-MM-DD" fast path and the general parser agree, and malformed dates stay nil.
    @Test func isoDatesParseAsBefore() {
        #expect(CalendarDay(iso: "2016-02-24") == CalendarDay(year: 2016, month: 2, day: 24))
        #expect(CalendarDay(iso: "2016-02-29") != nil)
        // the general parser, as before
        #expect(CalendarDay(iso: "+016-02-24") == CalendarDay(year: 16, month: 2, day: 24))
        for bad in [
            "2015-02-29", "2016-13-01", "2016-00-10", "2016-2-24", "20160224", "2016-02-2x", "2016/02/24",
            "2016-02-24 ", "", "٢٠١٦-٠٢-٢٤",
        ] {
            #expect(CalendarDay(iso: bad) == nil, "\(bad)")
        }
    }
}
