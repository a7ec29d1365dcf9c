package dev.backendcourse.classroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitSourcesTest {

    @TempDir
    Path folder;

    private Path kit;

    @BeforeEach
    void writeKit() throws IOException {
        kit = folder.resolve("kit");
        write(kit, "dev/backendcourse/kit/Feature.java", """
                package dev.backendcourse.kit;
                import dev.backendcourse.kit.errors.Mapper;
                class Feature { Mapper mapper; }
                """);
        write(kit, "dev/backendcourse/kit/errors/Mapper.java", """
                package dev.backendcourse.kit.errors;
                class Mapper { Responses responses; }
                """);
        write(kit, "dev/backendcourse/kit/errors/Responses.java", """
                package dev.backendcourse.kit.errors;
                class Responses { }
                """);
        write(kit, "dev/backendcourse/kit/errors/Unused.java", """
                package dev.backendcourse.kit.errors;
                class Unused { }
                """);
        write(kit, "dev/backendcourse/kit/storage/S3.java", """
                package dev.backendcourse.kit.storage;
                import software.amazon.awssdk.services.s3.S3Client;
                class S3 { }
                """);
        write(kit, "dev/backendcourse/kit/testing/Extension.java", """
                package dev.backendcourse.kit.testing;
                class Extension { dev.backendcourse.kit.errors.Responses responses; }
                """);
    }

    @Test
    void followsImportsAndSamePackageNames() throws IOException {
        Path week = write(folder, "Api.java", "import dev.backendcourse.kit.Feature;\nclass Api { }");

        assertThat(used(week)).containsExactly("dev/backendcourse/kit/Feature.java",
                "dev/backendcourse/kit/errors/Mapper.java", "dev/backendcourse/kit/errors/Responses.java");
    }

    @Test
    void followsFullyQualifiedNamesAndStaticImports() throws IOException {
        Path week = write(folder, "ApiTest.java", """
                import static dev.backendcourse.kit.errors.Responses.notFound;
                class ApiTest { dev.backendcourse.kit.testing.Extension extension; }
                """);

        assertThat(used(week)).containsExactly("dev/backendcourse/kit/errors/Responses.java",
                "dev/backendcourse/kit/testing/Extension.java");
    }

    @Test
    void wildcardImportTakesWholePackage() throws IOException {
        Path week = write(folder, "Api.java", "import dev.backendcourse.kit.errors.*;\nclass Api { }");

        assertThat(used(week)).containsExactly("dev/backendcourse/kit/errors/Mapper.java",
                "dev/backendcourse/kit/errors/Responses.java", "dev/backendcourse/kit/errors/Unused.java");
    }

    @Test
    void weekWithoutKitUsesNothing() throws IOException {
        Path week = write(folder, "Api.java", "class Api { }");

        assertThat(used(week)).isEmpty();
    }

    private List<String> used(Path weekFile) throws IOException {
        Set<Path> files = KitSources.usedBy(kit, List.of(weekFile));
        return files.stream().map(file -> kit.relativize(file).toString().replace('\\', '/')).toList();
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
