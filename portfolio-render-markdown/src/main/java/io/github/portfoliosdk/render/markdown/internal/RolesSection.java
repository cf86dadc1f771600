package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.util.List;
import java.util.Set;

/** Roles of some kinds (work history, or volunteering): title and organization, when and where, highlights, figures. */
final class RolesSection implements MarkdownSectionRenderer {

    private final Set<RoleKind> kinds;

    RolesSection(Set<RoleKind> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    @Override
    public boolean hasContent(Portfolio portfolio) {
        for (Role role : portfolio.roles()) {
            if (kinds.contains(role.kind())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Role role : portfolio.roles()) {
            if (kinds.contains(role.kind())) {
                role(role, context, w);
            }
        }
    }

    private static void role(Role role, MarkdownSectionContext context, MarkdownWriter w) {
        Organization organization = role.organization();
        String organizationName = organization == null ? null : organization.fullName();
        w.startHeading(context.headingLevel() + 1);
        if (present(role.title())) {
            w.text(role.title());
        }
        if (present(organizationName)) {
            if (present(role.title())) {
                w.text(Blocks.DOT);
            }
            w.link(organizationName, organization.url());
        } else if (!present(role.title())) {
            w.text(context.label(role.kind() == RoleKind.VOLUNTEER ? Label.VOLUNTEERING : Label.ROLE));
        }
        w.end();
        String period = Blocks.period(role.period(), context);
        List<String> where = Blocks.list(role.locationLine(mode -> context.label(Label.valueOf(mode.name()))), role.kind() == RoleKind.INTERNSHIP ? context.label(Label.INTERNSHIP) : null);
        if (present(period) || !where.isEmpty()) {
            w.startParagraph();
            if (present(period)) {
                w.text(period);
            }
            Blocks.joined(w, where, present(period));
            w.end();
        }
        if (organization != null) {
            w.paragraph(organization.description());
        }
        w.paragraph(role.summary());
        for (String highlight : role.highlights()) {
            w.bulletItem(highlight);
        }
        w.endList();
        Blocks.metrics(context, role.metrics());
        if (!role.technologies().isEmpty()) {
            w.startParagraph();
            w.strong(context.field(Label.TECH));
            w.text(" ");
            context.startUserText();
            Blocks.joined(w, role.technologies(), false);
            context.endUserText();
            w.end();
        }
    }
}
