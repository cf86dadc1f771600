package io.github.portfoliosdk.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.processor.reports.enums.JobEndStatus;

/** veraPDF, the PDF Association's validator, run in process: the rules a PDF fails for PDF/UA-1 and PDF/A-3b. */
final class VeraPdf {

    /** The two profiles every PDF of ours must pass. */
    static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_B);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The failed rules, as "profile clause-test: description"; empty when the PDF complies. Fails when veraPDF did not
     * finish normally or made no check at all.
     */
    static Set<String> failedRules(byte[] pdf, PDFAFlavour profile) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false);
            ValidationResult result = validator.validate(parser);
            // a run that stopped early, or checked nothing, would have no failed rule either
            if (result.getJobEndStatus() != JobEndStatus.NORMAL || result.getTotalAssertions() == 0) {
                throw new AssertionError("veraPDF did not check the PDF against " + profile.getId() + ": ended "
                        + result.getJobEndStatus() + " after " + result.getTotalAssertions() + " checks");
            }
            Set<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(profile.getId() + " " + assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add(profile.getId() + ": not compliant");
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
    }

    /** The failed rules for every profile in {@link #PROFILES}. */
    static Set<String> failedRules(byte[] pdf) {
        Set<String> failed = new TreeSet<>();
        for (PDFAFlavour profile : PROFILES) {
            failed.addAll(failedRules(pdf, profile));
        }
        return failed;
    }
}
