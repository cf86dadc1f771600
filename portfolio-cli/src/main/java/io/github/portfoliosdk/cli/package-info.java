/**
 * The {@code portfolio} command line; {@link io.github.portfoliosdk.cli.PortfolioCli} is its entry point.
 * The commands themselves are internal: they parse arguments, call the library and map errors to exit codes.
 */
package io.github.portfoliosdk.cli;
