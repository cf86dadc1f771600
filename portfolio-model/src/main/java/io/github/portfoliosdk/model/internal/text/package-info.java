/**
 * Text helpers shared by the model and the reader modules (not part of the API: exported only to the SDK's own
 * modules, and free to change in any release).
 */
package io.github.portfoliosdk.model.internal.text;
