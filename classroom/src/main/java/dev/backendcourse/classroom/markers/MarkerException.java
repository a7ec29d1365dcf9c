package dev.backendcourse.classroom.markers;

/** A solution marker that is misplaced or misspelled, reported with the file and line where it sits. */
public class MarkerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarkerException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
