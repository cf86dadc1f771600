/**
 * JSON Resume export and import.
 */
module io.github.portfoliosdk.jsonresume {
    requires transitive io.github.portfoliosdk.model;
    requires tools.jackson.databind;
}
