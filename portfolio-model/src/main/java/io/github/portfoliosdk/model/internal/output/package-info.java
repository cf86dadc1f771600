/**
 * Helpers the renderer modules share to pass their output on; exported only to them, not part of the API.
 */
package io.github.portfoliosdk.model.internal.output;
