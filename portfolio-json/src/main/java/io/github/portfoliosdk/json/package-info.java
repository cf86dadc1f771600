/**
 * The native file format of Portfolio SDK: a {@link io.github.portfoliosdk.model.Portfolio} as YAML or JSON,
 * read with every problem located ({@code file:line:column: path: message}) and written deterministically,
 * plus the format's JSON Schema for editors. Start with {@link io.github.portfoliosdk.json.PortfolioFormat}:
 * <pre>{@code
 * Path file = Path.of("portfolio.yaml");
 * Portfolio portfolio = PortfolioFormat.forFileName(file.toString()).orElseThrow().read(file);
 * String json = PortfolioFormat.json().write(portfolio);
 * }</pre>
 */
package io.github.portfoliosdk.json;
