package dev.backendcourse.classroom.markers;

/** Which version of the course code an export contains. */
public enum Edition {
    /** What a student receives: solution regions replaced by their starter lines, solution files left out. */
    STARTER,
    /** What an instructor keeps: the full solution, with the marker lines removed. */
    SOLUTION
}
