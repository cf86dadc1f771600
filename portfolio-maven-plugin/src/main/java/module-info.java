/**
 * The Portfolio SDK Maven plugin: goals {@code render}, {@code readme}, {@code validate} and {@code check}.
 */
module io.github.portfoliosdk.maven {
    requires io.github.portfoliosdk.json;
    requires io.github.portfoliosdk.jsonresume;
    requires io.github.portfoliosdk.check;
    requires io.github.portfoliosdk.render.html;
    requires io.github.portfoliosdk.render.markdown;
    requires io.github.portfoliosdk.render.pdf;
    requires maven.plugin.api;
    requires static maven.plugin.annotations;

    exports io.github.portfoliosdk.maven;

    // Maven sets the goals' parameters on their fields
    opens io.github.portfoliosdk.maven;
}
