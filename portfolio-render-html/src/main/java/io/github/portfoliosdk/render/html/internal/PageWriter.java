package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one portfolio: the document around the sections (page or fragment), the navigation and each section's frame. */
public final class PageWriter {

    private final Options options;
    private final Portfolio portfolio;
    private final HtmlWriter writer;
    private Map<Section, HtmlSectionRenderer> renderers;
    private Map<Section, String> titles;

    /** A writer of this portfolio with these options. */
    public PageWriter(Options options, Portfolio portfolio, HtmlWriter writer) {
        this.options = options;
        this.portfolio = portfolio;
        this.writer = writer;
    }

    /** Writes the page or fragment. */
    public void write() {
        boolean hero = false;
        List<Section> numbered = new ArrayList<>();
        Map<Section, HtmlSectionRenderer> renderers = new HashMap<>();
        Map<Section, String> titles = new HashMap<>();
        for (Section section : SectionLists.resolve(options.sections(), Section.defaultOrder(),
                options.renderers().keySet(), portfolio)) {
            HtmlSectionRenderer renderer = options.renderer(section);
            if (renderer.hasContent(portfolio)) {
                renderers.put(section, renderer);
                titles.put(section, SectionLists.title(section, options.titles(), options.labels(), portfolio));
                if (section.equals(Section.HERO)) {
                    hero = true;
                } else {
                    numbered.add(section);
                }
            }
        }
        this.renderers = renderers;
        this.titles = titles;
        RenderContext context = new RenderContext(options, portfolio, writer, titles);
        String rootClass = "pf-root pf-" + options.theme().id();
        if (options.fragment()) {
            writer.start("div").attr("class", rootClass).attr("lang", Head.language(options.labels().language()));
            if (options.labels().rightToLeft()) {
                writer.attr("dir", "rtl");
            }
        } else {
            new Head(options, portfolio, writer).write();
            writer.start("body").attr("class", rootClass);
            writer.start("a").attr("class", "pf-skip").attr("href", "#" + context.id("main"))
                    .text(context.label(Label.SKIP_TO_CONTENT)).end("a");
        }
        if (!options.fragment()) {
            LanguageSwitch.write(options, portfolio, writer);
        }
        nav(context, numbered);
        if (hero) {
            writer.start(options.fragment() ? "div" : "header").attr("class", "pf-hero");
            writer.tag("div", "pf-wrap");
            renderers.get(Section.HERO).render(portfolio, context.at(Section.HERO));
            writer.end("div").end(options.fragment() ? "div" : "header");
        }
        if (options.fragment()) {
            writer.tag("div", "pf-main");
        } else {
            writer.start("main").attr("id", context.id("main")).attr("class", "pf-main");
        }
        for (int i = 0; i < numbered.size(); i++) {
            section(context, numbered.get(i), i + 1);
        }
        if (options.fragment()) {
            writer.end("div").end("div");
        } else {
            writer.end("main");
            footer();
            writer.raw("</body>\n</html>\n");
        }
    }

    private void nav(RenderContext context, List<Section> numbered) {
        if (!options.navigation() || numbered.size() < 2) {
            return;
        }
        String label = context.label(Label.SECTIONS);
        // a host page may hold several fragments: each navigation landmark is named for whose portfolio it is
        writer.start("nav").attr("class", "pf-nav")
                .attr("aria-label", options.fragment() ? label + ": " + portfolio.person().name() : label);
        writer.tag("div", "pf-wrap");
        if (options.theme() == io.github.portfoliosdk.model.Theme.TERMINAL) {
            writer.start("span").attr("class", "pf-nav-host").attr("aria-hidden", "true")
                    .text(Prompts.user(portfolio)).text("@portfolio:~$").end("span");
        }
        writer.tag("ol", "pf-nav-list");
        for (int i = 0; i < numbered.size(); i++) {
            Section section = numbered.get(i);
            writer.raw("<li>").start("a").attr("href", "#" + context.id(section.id()));
            writer.element("span", "pf-nav-num", number(i + 1)).raw(" ");
            title(context, section);
            writer.end("a").raw("</li>");
        }
        writer.end("ol").end("div").end("nav").raw("\n");
    }

    /** Whether a section's title is the user's own words: a custom section's, not renamed by renderer or labels. */
    private boolean usersTitle(Section section) {
        return !section.isBuiltIn() && titles.get(section).equals(section.title());
    }

    /** A section's title amid the page's words, marked as the user's text where it is theirs. */
    private void title(RenderContext context, Section section) {
        if (usersTitle(section)) {
            context.userText(titles.get(section));
        } else {
            writer.text(titles.get(section));
        }
    }

    private void section(RenderContext context, Section section, int number) {
        String sectionId = section.id();
        String id = context.id(sectionId);
        writer.start("section").attr("id", id).attr("class", "pf-section pf-section-" + sectionId);
        if (options.fragment()) {
            // a landmark named for whose portfolio it is, as the navigation: two fragments' "Work" differ
            writer.attr("aria-label", titles.get(section) + ": " + portfolio.person().name());
        } else {
            writer.attr("aria-labelledby", id + "-title");
        }
        writer.tag("div", "pf-wrap");
        writer.tag("div", "pf-section-head");
        writer.start("span").attr("class", "pf-section-num").attr("aria-hidden", "true")
                .text(number(number)).end("span");
        String heading = "h" + (2 + options.headingOffset());
        writer.start(heading).attr("id", id + "-title").attr("class", "pf-section-title");
        if (usersTitle(section)) {
            context.markUserText(titles.get(section));
        }
        writer.text(titles.get(section)).end(heading);
        writer.end("div");
        if (options.theme() == io.github.portfoliosdk.model.Theme.TERMINAL) {
            String prompt = Prompts.of(section, portfolio);
            if (prompt != null) {
                writer.start("p").attr("class", "pf-prompt").attr("aria-hidden", "true")
                        .element("span", "pf-prompt-sign", "$").raw(" ").text(prompt).end("p");
            }
        }
        writer.tag("div", "pf-section-body");
        renderers.get(section).render(portfolio, context.at(section));
        writer.end("div").end("div").end("section").raw("\n");
    }

    private void footer() {
        Person person = portfolio.person();
        writer.tag("footer", "pf-footer").tag("div", "pf-wrap");
        writer.tag("p", "pf-footer-line");
        if (options.theme() == io.github.portfoliosdk.model.Theme.TERMINAL) {
            writer.start("span").attr("class", "pf-cursor-line").attr("aria-hidden", "true")
                    .text("$ ").element("span", "pf-cursor", "_").end("span");
        }
        writer.element("span", "pf-footer-name", person.name());
        if (person.headline() != null && !person.headline().isBlank()) {
            writer.text(" · ").text(person.headline());
        }
        writer.end("p").end("div").end("footer").raw("\n");
    }

    /** A section or item number as the page shows it: "01", "02", … "10". */
    static String number(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
