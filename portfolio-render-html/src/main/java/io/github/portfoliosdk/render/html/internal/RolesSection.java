package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.render.html.SectionContext;
import io.github.portfoliosdk.render.html.SectionRenderer;

/** Work history (jobs and internships) or volunteering, as a timeline of roles in the portfolio's order. */
final class RolesSection implements SectionRenderer {

    private final boolean volunteering;

    RolesSection(boolean volunteering) {
        this.volunteering = volunteering;
    }

    private boolean shows(Role role) {
        return (role.kind() == RoleKind.VOLUNTEER) == volunteering;
    }

    @Override
    public boolean hasContent(Portfolio portfolio) {
        for (Role role : portfolio.roles()) {
            if (shows(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(Portfolio portfolio, SectionContext context) {
        RenderContext internal = DefaultSections.internal(context);
        context.writer().tag("ol", "pf-timeline");
        for (Role role : portfolio.roles()) {
            if (shows(role)) {
                Parts.role(internal, role);
            }
        }
        context.writer().end("ol");
    }
}
