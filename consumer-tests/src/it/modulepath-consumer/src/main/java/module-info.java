/** A user's application on the module path: it names each Portfolio SDK module it uses. */
module com.example.portfolio {
    requires io.github.portfoliosdk.model;
    requires io.github.portfoliosdk.json;
    requires io.github.portfoliosdk.render.html;
    requires io.github.portfoliosdk.render.markdown;
    requires io.github.portfoliosdk.jsonresume;
    requires io.github.portfoliosdk.render.pdf;
    requires io.github.portfoliosdk.render.docx;
    requires io.github.portfoliosdk.render.text;

    exports com.example.portfolio;
}
