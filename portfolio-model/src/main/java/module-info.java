/**
 * The portfolio model: records, validation, the renderer and reader contracts and the label catalogue. Every other
 * module depends on it.
 */
module io.github.portfoliosdk.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.ibm.icu;
    requires java.logging;

    exports io.github.portfoliosdk.model;
    exports io.github.portfoliosdk.model.internal.output to
            io.github.portfoliosdk.render.html, io.github.portfoliosdk.render.markdown, io.github.portfoliosdk.render.pdf,
            io.github.portfoliosdk.jsonresume, io.github.portfoliosdk.render.docx, io.github.portfoliosdk.render.text;
    exports io.github.portfoliosdk.model.internal.logging to io.github.portfoliosdk.render.pdf;
    exports io.github.portfoliosdk.model.internal.translation to io.github.portfoliosdk.json, io.github.portfoliosdk.jsonresume;
    exports io.github.portfoliosdk.model.internal.text to io.github.portfoliosdk.json, io.github.portfoliosdk.cli;

    // Records are read reflectively by validators and data binders; constraint validators are made by Hibernate Validator.
    opens io.github.portfoliosdk.model;
    opens io.github.portfoliosdk.model.internal to org.hibernate.validator;

    uses io.github.portfoliosdk.model.PortfolioRendererProvider;
    uses io.github.portfoliosdk.model.PortfolioReader;
}
