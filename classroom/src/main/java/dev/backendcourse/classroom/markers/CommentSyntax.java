package dev.backendcourse.classroom.markers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The comment syntax of each kind of file the exporter processes, in which its markers are written. */
public enum CommentSyntax {
    SLASHES("//", ""),
    DASHES("--", ""),
    HASH("#", ""),
    XML("<!--", "-->");

    private final String opening;
    private final String closing;

    CommentSyntax(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
    }

    /** Returns the syntax for a file name, or empty for a file type that cannot hold markers. */
    public static Optional<CommentSyntax> forFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("dockerfile") || name.equals("makefile")) {
            return Optional.of(HASH);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "java", "js", "ts", "css" -> Optional.of(SLASHES);
            case "sql" -> Optional.of(DASHES);
            case "properties", "yml", "yaml", "conf", "sh", "toml" -> Optional.of(HASH);
            case "xml", "md", "html" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /** Returns the text inside the comment if the whole line, spaces aside, is one comment of this syntax. */
    public Optional<String> commentText(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith(opening) || !trimmed.endsWith(closing)
                || trimmed.length() < opening.length() + closing.length()) {
            return Optional.empty();
        }
        return Optional.of(trimmed.substring(opening.length(), trimmed.length() - closing.length()).strip());
    }

    /** Tells whether {@code line} opens a comment of this syntax and then, after optional spaces, has {@code text}. */
    boolean opensCommentBefore(String line, String text) {
        return Pattern.compile(Pattern.quote(opening) + "\\s*" + Pattern.quote(text)).matcher(line).find();
    }

    /** Writes {@code text} as a comment in this syntax, as the marker examples in error messages show it. */
    public String comment(String text) {
        return closing.isEmpty() ? opening + " " + text : opening + " " + text + " " + closing;
    }
}
