/**
 * Our own YAML and JSON format for portfolios.
 */
module io.github.portfoliosdk.json {
    requires transitive io.github.portfoliosdk.model;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
}
