package io.github.portfoliosdk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** Finds the renderers on the class path or module path by format name. */
public final class PortfolioRenderers {

    /** The name that stands for every format found: {@code all}. */
    public static final String ALL = "all";

    private PortfolioRenderers() {
    }

    /** The providers found, sorted by format name: the order in which {@link #ALL} lists them. */
    public static List<PortfolioRendererProvider> providers() {
        return ServiceLoader.load(PortfolioRendererProvider.class, PortfolioRenderers.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(PortfolioRendererProvider::format))
                .toList();
    }

    /** The provider of this format, if a module providing it is present. */
    public static Optional<PortfolioRendererProvider> provider(String format) {
        return providers().stream().filter(provider -> provider.format().equals(format)).findFirst();
    }

    /** A default renderer for this format name, if a module providing it is present. */
    public static Optional<PortfolioRenderer> forFormat(String format) {
        return provider(format).map(PortfolioRendererProvider::create);
    }

    /** A renderer for this format name with the shared options applied, if a module providing it is present. */
    public static Optional<PortfolioRenderer> forFormat(String format, RenderOptions options) {
        return provider(format).map(provider -> provider.create(options));
    }

    /**
     * The providers a user's list of formats names, in its order: comma-separated format names ({@code html,pdf}), or
     * {@link #ALL} for every provider found, sorted by format name. Spaces around names are ignored.
     *
     * @throws IllegalArgumentException when a name is no format found, or one is named twice, listing the formats
     */
    public static List<PortfolioRendererProvider> providers(String formats) {
        List<PortfolioRendererProvider> found = providers();
        if (formats.strip().equals(ALL)) {
            return found;
        }
        List<PortfolioRendererProvider> chosen = new ArrayList<>();
        for (String name : formats.split(",", -1)) {
            String format = name.strip();
            PortfolioRendererProvider provider = found.stream().filter(p -> p.format().equals(format)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + format + "' is not one of " + String.join(", ",
                            Stream.concat(found.stream().map(PortfolioRendererProvider::format), Stream.of(ALL)).toList())));
            if (chosen.contains(provider)) {
                throw new IllegalArgumentException("'" + format + "' is named more than once");
            }
            chosen.add(provider);
        }
        return List.copyOf(chosen);
    }
}
