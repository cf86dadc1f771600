/**
 * The portfolio model: immutable records rooted at {@link io.github.portfoliosdk.model.Portfolio}, their
 * validation ({@link io.github.portfoliosdk.model.PortfolioValidator}), the contract every output format
 * implements ({@link io.github.portfoliosdk.model.PortfolioRenderer}), the one entry point that reads a portfolio file
 * of any format present ({@link io.github.portfoliosdk.model.PortfolioFiles}, through
 * {@link io.github.portfoliosdk.model.PortfolioReader}s), the label catalogue every renderer takes its words from
 * ({@link io.github.portfoliosdk.model.Labels}) and the rule for which URLs become links
 * ({@link io.github.portfoliosdk.model.LinkPolicy}). No I/O formats live here.
 */
package io.github.portfoliosdk.model;
