/**
 * Renders a portfolio as an offline HTML page or an embeddable fragment: {@link io.github.portfoliosdk.render.html.HtmlRenderer}
 * with its {@link io.github.portfoliosdk.model.Theme themes}, the escaping {@link io.github.portfoliosdk.render.html.HtmlWriter}
 * and the {@link io.github.portfoliosdk.render.html.HtmlSectionRenderer} extension point.
 */
package io.github.portfoliosdk.render.html;
