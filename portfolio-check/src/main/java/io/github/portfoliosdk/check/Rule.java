package io.github.portfoliosdk.check;

/** What a finding is about: each rule names one thing that keeps applicant-tracking software from a CV's text. */
public enum Rule {
    /** The file is larger than the limit parsers accept (2.5 MB by default). */
    FILE_SIZE("file-size"),
    /** A page has no text a parser can extract, such as a scan or an image of text. */
    NO_TEXT_LAYER("no-text-layer"),
    /** Text set in columns side by side, which a parser reading line by line mixes. */
    READING_ORDER("reading-order"),
    /** Contact details only in a page header or footer, or none in the text at all. */
    CONTACT_PLACEMENT("contact-placement"),
    /** A section heading that parsers do not take for a CV section. */
    UNKNOWN_HEADING("unknown-heading"),
    /** Glyphs whose text cannot be recovered: no Unicode mapping, or ligatures left as one character. */
    UNMAPPED_GLYPH("unmapped-glyph"),
    /** Dates written in more than one form (such as "02/2021" and "Mar 2022"). */
    MIXED_DATES("mixed-dates"),
    /** A fact of the portfolio (name, title, organisation, date, e-mail, URL) that a parser does not find. */
    MISSING_FACT("missing-fact"),
    /** A fact of the portfolio found, but not in the order of the portfolio. */
    FACT_ORDER("fact-order"),
    /** The two extractors (PDFBox and Apache Tika) disagree on a fact or on whether there is text. */
    EXTRACTORS_DISAGREE("extractors-disagree");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The rule's short name, as reports print it ({@code reading-order}). */
    public String id() {
        return id;
    }
}
