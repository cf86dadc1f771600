package io.github.portfoliosdk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: this build's version, the Java running it and where Java is. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version: " + e.getMessage(), e);
        }
        return new String[] {
            "portfolio " + properties.getProperty("version", "(unknown version)"),
            "Java ${java.version} (${java.vendor}) at ${java.home}"
        };
    }
}
