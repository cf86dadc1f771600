/**
 * Keeps the libraries under the SDK quiet: their java.util.logging loggers at WARNING and above unless the
 * application configured them. Not an API.
 */
package io.github.portfoliosdk.model.internal.logging;
