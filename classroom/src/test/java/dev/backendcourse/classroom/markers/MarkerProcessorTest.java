package dev.backendcourse.classroom.markers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MarkerProcessorTest {

    private static String starter(String text, CommentSyntax syntax) {
        return MarkerProcessor.process("Example", text, syntax, Edition.STARTER).orElseThrow();
    }

    private static String solution(String text, CommentSyntax syntax) {
        return MarkerProcessor.process("Example", text, syntax, Edition.SOLUTION).orElseThrow();
    }

    @Nested
    class Regions {

        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("region without STARTER line disappears", CommentSyntax.SLASHES, """
                            a
                            // BEGIN SOLUTION
                            b
                            // END SOLUTION
                            c""", "a\nc", "a\nb\nc"),
                    Arguments.of("STARTER line replaces region with marker's indent", CommentSyntax.SLASHES, """
                            int f() {
                                // BEGIN SOLUTION
                                // STARTER: throw new UnsupportedOperationException("TODO: return 1");
                                return 1;
                                // END SOLUTION
                            }""", """
                            int f() {
                                throw new UnsupportedOperationException("TODO: return 1");
                            }""", """
                            int f() {
                                return 1;
                            }"""),
                    Arguments.of("several STARTER lines keep their order", CommentSyntax.SLASHES, """
                            // BEGIN SOLUTION
                            // STARTER: one
                            x
                            // STARTER:     two
                            // END SOLUTION""", "one\n    two", "x"),
                    Arguments.of("empty STARTER line gives an empty line", CommentSyntax.SLASHES, """
                            // BEGIN SOLUTION
                            // STARTER:
                            x
                            // END SOLUTION""", "", "x"),
                    Arguments.of("two regions", CommentSyntax.SLASHES, """
                            // BEGIN SOLUTION
                            a
                            // END SOLUTION
                            b
                            // BEGIN SOLUTION
                            // STARTER: c
                            d
                            // END SOLUTION""", "b\nc", "a\nb\nd"),
                    Arguments.of("SQL comments", CommentSyntax.DASHES, """
                            CREATE TABLE t (id int);
                            -- BEGIN SOLUTION
                            -- STARTER: -- TODO: add the name column
                            ALTER TABLE t ADD name text;
                            -- END SOLUTION""", "CREATE TABLE t (id int);\n-- TODO: add the name column",
                            "CREATE TABLE t (id int);\nALTER TABLE t ADD name text;"),
                    Arguments.of("XML comments", CommentSyntax.XML, """
                            <a>
                              <!-- BEGIN SOLUTION -->
                              <!-- STARTER: <b/> -->
                              <c/>
                              <!-- END SOLUTION -->
                            </a>""", "<a>\n  <b/>\n</a>", "<a>\n  <c/>\n</a>"),
                    Arguments.of("hash comments", CommentSyntax.HASH, """
                            # BEGIN SOLUTION
                            # STARTER: key=
                            key=value
                            # END SOLUTION""", "key=", "key=value"),
                    Arguments.of("marker without space after comment opening", CommentSyntax.SLASHES, """
                            //BEGIN SOLUTION
                            x
                            //END SOLUTION
                            y""", "y", "x\ny"),
                    Arguments.of("text without markers is unchanged", CommentSyntax.SLASHES, """
                            // an ordinary comment
                            code();
                            """, "// an ordinary comment\ncode();\n", "// an ordinary comment\ncode();\n"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void starterReplacesRegions(String name, CommentSyntax syntax, String input, String expectedStarter,
                String expectedSolution) {
            assertThat(starter(input, syntax)).isEqualTo(expectedStarter);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void solutionDropsMarkerLines(String name, CommentSyntax syntax, String input, String expectedStarter,
                String expectedSolution) {
            assertThat(solution(input, syntax)).isEqualTo(expectedSolution);
        }
    }

    @Nested
    class SolutionFiles {

        private static final String FILE = """
                // SOLUTION FILE
                package a;

                class OnlyInTheSolution {
                }
                """;

        @Test
        void starterLeavesFileOut() {
            Optional<String> result = MarkerProcessor.process("A.java", FILE, CommentSyntax.SLASHES, Edition.STARTER);

            assertThat(result).isEmpty();
        }

        @Test
        void solutionKeepsFileWithoutMarker() {
            assertThat(solution(FILE, CommentSyntax.SLASHES)).isEqualTo("package a;\n\nclass OnlyInTheSolution {\n}\n");
        }

        @Test
        void sqlMigrationCanBeSolutionOnly() {
            Optional<String> result = MarkerProcessor.process("V2__names.sql", "-- SOLUTION FILE\nALTER TABLE t ADD n text;",
                    CommentSyntax.DASHES, Edition.STARTER);

            assertThat(result).isEmpty();
        }
    }

    @Test
    void markdownMayQuoteJavaMarkers() {
        String readme = "You write the code between `// BEGIN SOLUTION` and `// END SOLUTION`.";

        assertThat(starter(readme, CommentSyntax.XML)).isEqualTo(readme);
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "unclosed region           | a\\n// BEGIN SOLUTION\\nb                                    | 2 | is never closed",
            "nested region             | // BEGIN SOLUTION\\n// BEGIN SOLUTION\\n// END SOLUTION     | 2 | inside the region opened at line 1",
            "END without BEGIN         | a\\n// END SOLUTION                                         | 2 | without a // BEGIN SOLUTION",
            "STARTER outside a region  | // STARTER: x                                              | 1 | outside a solution region",
            "SOLUTION FILE in a region | // BEGIN SOLUTION\\n// SOLUTION FILE\\n// END SOLUTION      | 2 | inside a solution region",
            "text after the marker     | // BEGIN SOLUTION: routes\\nx\\n// END SOLUTION             | 1 | malformed marker",
            "marker after code         | x(); // BEGIN SOLUTION                                     | 1 | malformed marker",
            "misspelt END              | // BEGIN SOLUTION\\nx\\n// END SOLUTION.                    | 3 | malformed marker",
            "marker in a code comment  | x(); //BEGIN SOLUTION                                      | 1 | malformed marker",
        })
        void misplacedMarkerNamesFileAndLine(String name, String input, int line, String message) {
            String text = input.replace("\\n", "\n");

            assertThatThrownBy(() -> starter(text, CommentSyntax.SLASHES))
                    .isInstanceOf(MarkerException.class)
                    .hasMessageStartingWith("Example:" + line + ": ")
                    .hasMessageContaining(message);
        }

        @Test
        void solutionEditionChecksMarkersToo() {
            assertThatThrownBy(() -> solution("// BEGIN SOLUTION\nx", CommentSyntax.SLASHES))
                    .isInstanceOf(MarkerException.class)
                    .hasMessageContaining("never closed");
        }

        @Test
        void messageShowsMarkerInFileSyntax() {
            assertThatThrownBy(() -> starter("-- END SOLUTION", CommentSyntax.DASHES))
                    .hasMessageContaining("-- END SOLUTION without a -- BEGIN SOLUTION");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Item.java, SLASHES",
        "V1__create_items.sql, DASHES",
        "pom.xml, XML",
        "README.md, XML",
        "application.properties, HASH",
        "nginx.conf, HASH",
        "docker-compose.yml, HASH",
        "Upper.JAVA, SLASHES",
        "Dockerfile, HASH",
    })
    void commentSyntaxFollowsExtension(String fileName, CommentSyntax expected) {
        assertThat(CommentSyntax.forFile(fileName)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"logo.png", "mvnw", "data.bin"})
    void fileWithoutCommentSyntaxHasNone(String fileName) {
        assertThat(CommentSyntax.forFile(fileName)).isEmpty();
    }
}
