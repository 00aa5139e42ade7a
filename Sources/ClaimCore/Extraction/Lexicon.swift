/// The word lists the extraction rules read. Kept in one place so that a rule never hides a list.
enum Lexicon {
    /// Words that end with a full stop without ending the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "brig", "cpl", "pvt",
        "rep", "sen", "gov", "pres", "supt", "insp", "det", "const", "rev", "hon", "fr", "st", "mt", "ft", "jr", "sr",
        "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "dept", "univ", "approx", "est", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "ind", "rs",
    ]

    /// Words that start a new sentence after an ambiguous abbreviation such as "U.S." or "a.m.".
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there", "but", "and",
        "in", "on", "at", "his", "her", "their", "its", "our", "officials", "police", "some", "many", "after", "before",
        "meanwhile", "however", "when", "while", "as", "if", "one", "two", "three", "earlier", "later", "last", "on",
    ]

    /// Two-word and one-word qualifiers before a number, longest first when read.
    static let qualifiers: [([String], Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["in", "excess", "of"], .moreThan),
        (["upwards", "of"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["a", "minimum", "of"], .atLeast),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["under"], .fewerThan),
        (["below"], .fewerThan),
        (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["a", "maximum", "of"], .atMost),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about),
        (["some"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["circa"], .about), (["almost"], .nearly),
        (["nearly"], .nearly),
        (["close", "to"], .nearly), (["just", "under"], .nearly), (["up", "to"], .upTo), (["as", "many", "as"], .upTo),
        (["as", "much", "as"], .upTo),
        // Verbs that say a figure was passed ("the number injured topped 2,200", "sales exceeded $5 billion").
        (["topped"], .moreThan), (["tops"], .moreThan), (["topping"], .moreThan), (["exceeded"], .moreThan),
        (["exceeds"], .moreThan), (["exceeding"], .moreThan), (["surpassed"], .moreThan), (["surpassing"], .moreThan),
    ]

    /// `qualifiers` by their last word, in the same order.
    static let qualifiersByLastWord: [String: [([String], Qualifier)]] = Dictionary(grouping: qualifiers) { $0.0.last! }

    /// Words that mark a number as a time of day, an ordinal-ish label or a decade ("30s"), never a quantity.
    static let numberBlockers: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "st", "nd", "rd", "th", "gmt", "utc", "bst", "cet", "s",
    ]

}
