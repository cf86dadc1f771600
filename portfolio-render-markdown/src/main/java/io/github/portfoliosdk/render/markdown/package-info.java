/**
 * Renders a portfolio as Markdown: a GitHub profile README or portable CommonMark
 * ({@link io.github.portfoliosdk.render.markdown.MarkdownRenderer}), and updates the generated part of an
 * existing README in place ({@link io.github.portfoliosdk.render.markdown.ReadmeUpdater}). All user text goes
 * through {@link io.github.portfoliosdk.render.markdown.MarkdownWriter}, the one place that escapes.
 */
package io.github.portfoliosdk.render.markdown;
