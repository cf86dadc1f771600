/**
 * The built-in section renderers and helpers of the Markdown renderer; not exported, not API.
 */
package io.github.portfoliosdk.render.markdown.internal;
