/**
 * The plugin's helpers: reading the input, the clock, writing outputs all or none. Not an API.
 */
package io.github.portfoliosdk.maven.internal;
