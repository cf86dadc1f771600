/**
 * The showcase portfolio and example programs.
 */
module io.github.portfoliosdk.examples {
    requires io.github.portfoliosdk.json;
    requires io.github.portfoliosdk.render.html;
    requires io.github.portfoliosdk.render.markdown;
    requires io.github.portfoliosdk.jsonresume;
    requires jdk.httpserver;

    exports io.github.portfoliosdk.examples;
}
