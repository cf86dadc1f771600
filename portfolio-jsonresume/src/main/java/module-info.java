/**
 * JSON Resume export and import: the {@code json-resume} renderer and an importer for any JSON Resume file.
 */
module io.github.portfoliosdk.jsonresume {
    requires transitive io.github.portfoliosdk.model;
    requires tools.jackson.core;

    exports io.github.portfoliosdk.jsonresume;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.jsonresume.internal.JsonResumeRendererProvider;
    provides io.github.portfoliosdk.model.PortfolioReader
            with io.github.portfoliosdk.jsonresume.internal.JsonResumeReader;
}
