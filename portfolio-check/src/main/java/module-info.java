/**
 * Checks a CV PDF the way applicant-tracking systems read it: text extracted by PDFBox and, independently, by
 * Apache Tika, and located findings for what would keep a parser from the CV's facts.
 */
module io.github.portfoliosdk.check {
    requires transitive io.github.portfoliosdk.model;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.tika.core;
    requires org.apache.tika.parser.pdf;
    requires java.xml;

    exports io.github.portfoliosdk.check;
}
