/**
 * Not API: the JSON tree with source positions, the one JSON writer, and the mapping between the model and
 * JSON Resume.
 */
package io.github.portfoliosdk.jsonresume.internal;
