package io.github.portfoliosdk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the renderers on the class path or module path by format name. */
public final class PortfolioRenderers {

    private PortfolioRenderers() {
    }

    /** The providers found, sorted by format name. */
    public static List<PortfolioRendererProvider> providers() {
        return ServiceLoader.load(PortfolioRendererProvider.class, PortfolioRenderers.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(PortfolioRendererProvider::format))
                .toList();
    }

    /** A default renderer for this format name, if a module providing it is present. */
    public static Optional<PortfolioRenderer> forFormat(String format) {
        return providers().stream()
                .filter(provider -> provider.format().equals(format))
                .findFirst()
                .map(PortfolioRendererProvider::create);
    }
}
