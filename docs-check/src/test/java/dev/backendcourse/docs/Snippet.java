package dev.backendcourse.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * One fenced code block of a Markdown page and the marker comment on the line above it, such as
 * {@code <!-- excerpt: week1-hello-api/src/main/java/dev/backendcourse/week1/RootResource.java -->}.
 *
 * @param page the Markdown file
 * @param line the 1-based line of the opening fence
 * @param language the word after the opening fence, empty when there is none
 * @param kind the marker's kind ({@code excerpt}, {@code requests}, ...), empty when the block has no marker
 * @param argument the text after the marker's colon, trimmed
 * @param lines the block's content, without the fences
 */
record Snippet(Path page, int line, String language, String kind, String argument, List<String> lines) {

    /** Returns where the block starts, as {@code docs/week1.md:42}, for test names and messages. */
    String location(Path repositoryRoot) {
        return repositoryRoot.relativize(page).toString().replace('\\', '/') + ":" + line;
    }

    boolean hasMarker() {
        return !kind.isEmpty();
    }
}
