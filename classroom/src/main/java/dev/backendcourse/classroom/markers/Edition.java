package dev.backendcourse.classroom.markers;

/** The version of the course code that an export contains. */
public enum Edition {
    /** The student's version: solution regions replaced by their starter lines, solution files left out. */
    STARTER,
    /** The instructor's version: the full solution, with the marker lines removed. */
    SOLUTION
}
