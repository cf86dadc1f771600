/**
 * The {@code portfolio} command line: render, validate, check a CV, convert, init and update a README.
 */
module io.github.portfoliosdk.cli {
    requires io.github.portfoliosdk.json;
    requires io.github.portfoliosdk.render.html;
    requires io.github.portfoliosdk.render.markdown;
    requires io.github.portfoliosdk.jsonresume;
    requires io.github.portfoliosdk.render.pdf;
    requires io.github.portfoliosdk.render.docx;
    requires io.github.portfoliosdk.render.text;
    requires io.github.portfoliosdk.check;
    requires info.picocli;
    requires tools.jackson.core;
    requires java.logging;
    requires jdk.httpserver;

    exports io.github.portfoliosdk.cli;

    // picocli reads the commands' annotated fields and fills them in
    opens io.github.portfoliosdk.cli.internal to info.picocli;
}
