/**
 * The commands behind {@code portfolio} and the few helpers they share: reading and detecting the input,
 * writing outputs atomically, and turning failures into messages and exit codes. Not an API.
 */
package io.github.portfoliosdk.cli.internal;
