/**
 * The native YAML and JSON format of Portfolio SDK, with located errors and a JSON Schema.
 */
module io.github.portfoliosdk.json {
    requires transitive io.github.portfoliosdk.model;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.github.portfoliosdk.json;

    provides io.github.portfoliosdk.model.PortfolioReader with io.github.portfoliosdk.json.internal.NativeReader;
}
