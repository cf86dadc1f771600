package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import io.github.portfoliosdk.model.Theme;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The immutable configuration of an HTML renderer: every built-in section has a renderer, every label a text.
 *
 * @param theme the theme
 * @param fragment whether to write a fragment rather than a page
 * @param idPrefix the prefix of every element id
 * @param sections the sections the user chose, in order, or null for the default order
 * @param titles the user's own titles
 * @param renderers the renderers registered, built-in sections first
 * @param labels the label catalogue, with the user's own texts
 * @param extraCss CSS appended to the theme's in page mode
 * @param clock the clock for "present"
 * @param locale the locale of dates
 * @param headingOffset how many levels every heading moves down (0 to 2): the hero's is {@code h(1 + offset)}
 * @param navigation whether to write the navigation between sections
 * @param languages the page in each language, by BCP 47 tag (this one's among them); empty when it is in one only
 */
public record Options(
        Theme theme,
        boolean fragment,
        String idPrefix,
        List<Section> sections,
        Map<Section, String> titles,
        Map<Section, HtmlSectionRenderer> renderers,
        Labels labels,
        String extraCss,
        Clock clock,
        Locale locale,
        int headingOffset,
        boolean navigation,
        Map<String, String> languages) {

    /** The renderer of a section: the one registered, else the built-in one (the entries of a custom section). */
    public HtmlSectionRenderer renderer(Section section) {
        HtmlSectionRenderer renderer = renderers.get(section);
        return renderer != null ? renderer : DefaultSections.of(section);
    }
}
