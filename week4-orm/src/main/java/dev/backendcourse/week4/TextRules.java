package dev.backendcourse.week4;

/** A rule for every text field that is stored in PostgreSQL. */
public final class TextRules {

    /** PostgreSQL text cannot contain the NUL character (U+0000), so such a value is rejected before any SQL runs. */
    public static final String NO_NUL = "[^\\u0000]*";
    public static final String NO_NUL_MESSAGE = "String should not contain the NUL character (\\u0000)";

    private TextRules() {
    }
}
