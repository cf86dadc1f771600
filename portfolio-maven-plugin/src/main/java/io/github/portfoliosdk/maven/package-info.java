/**
 * Maven goals that read a portfolio file and render it ({@code render}), put it into a README between its markers
 * ({@code readme}) or only check it ({@code validate}); an invalid portfolio fails the build with every problem as
 * {@code file:line:column: path: message}.
 */
package io.github.portfoliosdk.maven;
