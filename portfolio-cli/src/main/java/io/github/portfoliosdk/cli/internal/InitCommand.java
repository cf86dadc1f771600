package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.PortfolioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code portfolio init}: a commented starter portfolio that validates as it is. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a starter portfolio that validates as it is.",
            "",
            "The starter is in our YAML format, written to portfolio.yaml in the current folder unless -o names "
                    + "another file. The format's JSON Schema is written beside it as portfolio.schema.json, which the "
                    + "starter's first line points editors at (completion and checks as you type). An existing file is "
                    + "never replaced without --force. Fill it in, then run 'portfolio render'. With -o -, only the "
                    + "starter is written, to standard output.",
            ""
        })
final class InitCommand implements Callable<Integer> {

    /** The starter file, a resource beside this class. */
    static final String STARTER = "starter.yaml";

    /** The schema's file name beside the new portfolio, as the starter's {@code yaml-language-server} line names it. */
    static final String SCHEMA_FILE = "portfolio.schema.json";

    @ParentCommand
    private PortfolioCommand parent;

    /** The file {@code init} creates when no {@code -o} is given. */
    static final String DEFAULT_FILE = "portfolio.yaml";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to create (default: " + DEFAULT_FILE + "), or - for standard output.")
    private String output = DEFAULT_FILE;

    @Option(names = "--force", description = "Replace FILE if it exists (by default an existing file is never touched).")
    private boolean force;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        String starter = starter();
        if (output.equals("-")) {
            terminal.print(starter);
            return PortfolioCli.OK;
        }
        Path output = Path.of(this.output);
        Path schemaFile = output.resolveSibling(SCHEMA_FILE);
        byte[] schema = PortfolioFormat.schema().getBytes(StandardCharsets.UTF_8);
        if (!force && Files.exists(output)) {
            throw new UncheckedIOException("cannot create " + output + ": already exists; use --force to replace it",
                    new FileAlreadyExistsException(output.toString()));
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(output, starter.getBytes(StandardCharsets.UTF_8));
        if (!sameContent(schemaFile, schema)) {
            if (!force && Files.exists(schemaFile)) {
                throw new UncheckedIOException("cannot create " + schemaFile + ": already exists with other content; "
                        + "use --force to replace it", new FileAlreadyExistsException(schemaFile.toString()));
            }
            files.put(schemaFile, schema);
        }
        PortfolioFiles.write(files);
        terminal.message("wrote " + output + " (its schema for editors is " + SCHEMA_FILE + " beside it); fill it in, "
                + "then run: portfolio render " + output + " -f all -o site");
        return PortfolioCli.OK;
    }

    /** Whether the file exists with exactly these bytes (a schema written by an earlier init is left alone). */
    private static boolean sameContent(Path file, byte[] content) {
        try {
            return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    private static String starter() {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("the starter portfolio is missing from the jar: " + STARTER);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter portfolio: " + e.getMessage(), e);
        }
    }
}
