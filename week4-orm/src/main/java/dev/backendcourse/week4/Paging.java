package dev.backendcourse.week4;

/** The bounds of {@code ?limit=} and {@code ?offset=} on every list route. */
public final class Paging {

    /** The number of rows a list returns when the request gives no {@code limit}. */
    public static final String DEFAULT_LIMIT = "20";
    /** The largest {@code limit} accepted, so one request cannot read a whole table into memory. */
    public static final long MAX_LIMIT = 100;

    private Paging() {
    }
}
