/**
 * The portfolio command line.
 */
module io.github.portfoliosdk.cli {
    requires io.github.portfoliosdk.json;
    requires io.github.portfoliosdk.render.html;
    requires io.github.portfoliosdk.render.markdown;
    requires io.github.portfoliosdk.jsonresume;
    requires info.picocli;
}
