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

    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
        "k": 1_000, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    ]

    /// Two-word and one-word qualifiers before a number, longest first when read.
    static let qualifiers: [([String], Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["in", "excess", "of"], .moreThan), (["upwards", "of"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["a", "minimum", "of"], .atLeast),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["under"], .fewerThan), (["below"], .fewerThan),
        (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["a", "maximum", "of"], .atMost),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["an", "estimated"], .about), (["estimated"], .about), (["circa"], .about), (["almost"], .nearly), (["nearly"], .nearly),
        (["close", "to"], .nearly), (["just", "under"], .nearly), (["up", "to"], .upTo), (["as", "many", "as"], .upTo),
        (["as", "much", "as"], .upTo),
    ]

    /// `qualifiers` by their last word, in the same order.
    static let qualifiersByLastWord: [String: [([String], Qualifier)]] = Dictionary(grouping: qualifiers) { $0.0.last! }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// ISO weekday numbers.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Season → (first month, last month); winter runs into the next year.
    static let seasons: [String: (Int, Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    ]

    /// Currency symbols and words, with the unit name facts carry.
    static let currencySymbols: [String: String] = ["$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees"]

    /// `currencySymbols` by the symbol's scalar value, for a lookup without hashing a string.
    static let currencyBySymbol: [(symbol: UInt32, unit: String)] = currencySymbols.map { ($0.key.unicodeScalars.first!.value, $0.value) }

    /// The values of `currencySymbols`: units a counted noun may follow ("$5 million bonds").
    static let currencySymbolUnits = Set(currencySymbols.values)

    /// The currency unit of a punctuation token's scalar, if it is a currency symbol.
    static func currency(symbol scalar: UInt32) -> String? {
        for entry in currencyBySymbol where entry.symbol == scalar { return entry.unit }
        return nil
    }
    static let currencyWords: [String: String] = [
        "dollars": "dollars", "dollar": "dollars", "usd": "dollars", "pounds": "pounds", "pound": "pounds", "gbp": "pounds",
        "euros": "euros", "euro": "euros", "eur": "euros", "yen": "yen", "yuan": "yuan", "rupees": "rupees",
        "francs": "francs", "roubles": "roubles", "rubles": "roubles", "dinars": "dinars", "pesos": "pesos",
    ]

    /// Units written after a number (attached or not), with the unit name facts carry.
    static let measureUnits: [String: String] = [
        "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
        "mile": "miles", "miles": "miles", "mi": "miles", "m": "metres", "metres": "metres", "meters": "metres",
        "metre": "metres", "meter": "metres", "cm": "cm", "mm": "mm", "ft": "feet", "feet": "feet", "foot": "feet",
        "kg": "kg", "kilograms": "kg", "kilos": "kg", "tonnes": "tonnes", "tons": "tonnes", "lb": "pounds (weight)",
        "lbs": "pounds (weight)", "ha": "hectares", "hectares": "hectares", "acres": "acres", "mph": "mph", "km/h": "km/h",
        "kmh": "km/h", "c": "degrees", "f": "degrees", "degrees": "degrees", "gw": "GW", "mw": "MW", "kw": "kW",
        "sq": "square", "percent": "per cent", "pc": "per cent", "bpd": "barrels per day", "barrels": "barrels",
    ]

    /// Words that mark a number as a time of day or an ordinal-ish label, never a quantity.
    static let numberBlockers: Set<String> = ["am", "pm", "a.m.", "p.m.", "st", "nd", "rd", "th", "gmt", "utc", "bst", "cet"]

}
