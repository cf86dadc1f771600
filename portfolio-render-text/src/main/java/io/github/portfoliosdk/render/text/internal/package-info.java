/**
 * The plain-text renderer's parts: the writer (the one place that knows the format: wrapping by display width), the
 * layout and its sections. Not part of the API.
 */
package io.github.portfoliosdk.render.text.internal;
