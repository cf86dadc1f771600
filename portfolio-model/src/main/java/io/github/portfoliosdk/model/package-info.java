/**
 * The portfolio model: immutable records rooted at {@link io.github.portfoliosdk.model.Portfolio}, their
 * validation ({@link io.github.portfoliosdk.model.PortfolioValidator}) and the contract every output format
 * implements ({@link io.github.portfoliosdk.model.PortfolioRenderer}). No I/O formats live here.
 */
package io.github.portfoliosdk.model;
