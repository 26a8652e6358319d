package dev.codatsandbox.fixturefiles;

import dev.codatsandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixture folder ({@code sandbox.fixtures.dir}): reads every {@code *.json} file directly in it, all or nothing.
 * Every file is read and checked before any is used; one problem anywhere rejects the whole folder with every
 * problem of every file listed. Only files the folder lists are read, and one that is a link to a place outside the
 * folder is refused, so no name can reach outside it. A folder that does not exist holds no fixtures. The file of
 * start-up fault rules ({@code sandbox.faults.file}, taken in this folder when relative) is not a company: it is
 * skipped.
 */
@ApplicationScoped
public class FixtureFolder {

    private static final Logger LOG = Logger.getLogger(FixtureFolder.class);

    private final Path folder;
    private final FixtureReader reader;
    private final Path faultsFile;

    @Inject
    FixtureFolder(SandboxConfig config, FixtureReader reader) {
        this(Paths.get(config.fixtures().dir()), reader, config.faults().file());
    }

    public FixtureFolder(Path folder, FixtureReader reader) {
        this(folder, reader, "faults.json");
    }

    /** A folder whose file {@code faultsFile} (resolved in it when relative) holds fault rules, not a company. */
    public FixtureFolder(Path folder, FixtureReader reader, String faultsFile) {
        this.folder = folder.toAbsolutePath().normalize();
        this.reader = reader;
        this.faultsFile = this.folder.resolve(faultsFile).normalize();
    }

    public Path path() {
        return folder;
    }

    /**
     * Every company of the folder's files, in file-name order.
     *
     * @throws FixturesRejectedException listing every problem of every file, when there is any
     */
    public List<CompanyFixture> load() {
        if (!Files.exists(folder)) {
            LOG.infof("Fixture folder %s does not exist: no fixture companies", folder);
            return List.of();
        }
        List<FixtureProblem> problems = new ArrayList<>();
        List<CompanyFixture> companies = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Path file : files(problems)) {
            String name = file.getFileName().toString();
            byte[] content;
            try {
                if (!file.toRealPath().startsWith(folder.toRealPath())) {
                    problems.add(new FixtureProblem(name, "$", "is a link to a file outside the fixture folder.",
                            "FixtureFolder"));
                    continue;
                }
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new FixtureProblem(name, "$", "cannot be read: " + e.getMessage() + ".", "FixtureFolder"));
                continue;
            }
            FixtureReader.Result result = reader.read(name, content, folder);
            problems.addAll(result.problems());
            if (result.valid()) {
                CompanyFixture fixture = result.fixture();
                String first = fileOfId.putIfAbsent(fixture.id(), name);
                if (first != null) {
                    problems.add(new FixtureProblem(name, "$.id", "'" + fixture.id() + "' is already the id of the"
                            + " company in " + first + ": company ids must be unique across files.",
                            "UniqueCompanyId"));
                } else {
                    companies.add(fixture);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FixturesRejectedException("Fixture folder " + folder, problems);
        }
        LOG.infof("Fixture folder %s: %d %s%s", folder, companies.size(),
                companies.size() == 1 ? "company" : "companies", companies.stream()
                        .map(c -> c.id() + " (" + c.file() + ": " + c.customers().size() + " stated, "
                                + c.generatedCount() + " generated, " + c.customersAfterGenerated().size() + " after)")
                        .collect(Collectors.joining(", ", companies.isEmpty() ? "" : ": ", "")));
        return List.copyOf(companies);
    }

    /**
     * What the folder's fixture files are now (names, sizes and modification times), to tell when one was added,
     * edited or removed.
     */
    public String signature() {
        if (!Files.isDirectory(folder)) {
            return "none";
        }
        StringBuilder signature = new StringBuilder();
        for (Path file : files(new ArrayList<>())) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                signature.append(file.getFileName()).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                signature.append(file.getFileName()).append(" unreadable\n");
            }
        }
        return signature.toString();
    }

    private List<Path> files(List<FixtureProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new FixtureProblem(folder.getFileName() == null ? folder.toString()
                    : folder.getFileName().toString(), "$", "is not a folder: sandbox.fixtures.dir must name a folder.",
                    "FixtureFolder"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(faultsFile))
                    .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new FixtureProblem(folder.toString(), "$", "cannot be listed: " + e.getMessage() + ".",
                    "FixtureFolder"));
            return List.of();
        }
    }
}
