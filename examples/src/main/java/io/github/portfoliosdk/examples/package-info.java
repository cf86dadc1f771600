/**
 * The showcase portfolio (a real developer's portfolio page written as data) and small programs that show
 * how to use the SDK: {@link io.github.portfoliosdk.examples.Showcase}, {@link
 * io.github.portfoliosdk.examples.ShowcaseSummary} and {@link io.github.portfoliosdk.examples.BuildWithBuilders}.
 */
package io.github.portfoliosdk.examples;
