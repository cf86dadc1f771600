package io.github.portfoliosdk.examples;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The showcase portfolio: the portfolio page of the SDK's first user, written as data in the native YAML format
 * and bundled as the class-path resource {@value #RESOURCE}. It uses every section such a page has, so it is
 * what the renderers' tests, the benchmarks and the README render.
 */
public final class Showcase {

    /** The showcase's resource name on the class path; also the source name its problems are reported with. */
    public static final String RESOURCE = "showcase/portfolio.yaml";

    private Showcase() {
    }

    /**
     * Reads and validates the bundled showcase; each call reads it afresh.
     *
     * @return the showcase portfolio
     * @throws InvalidPortfolioException when the bundled file has problems, each located in {@value #RESOURCE}
     * @throws UncheckedIOException when the resource is missing or cannot be read
     */
    public static Portfolio portfolio() {
        try (InputStream in = Showcase.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("The resource " + RESOURCE + " is not on the class path"));
            }
            return PortfolioFormat.yaml().read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
