/**
 * JSON Resume export ({@link io.github.portfoliosdk.jsonresume.JsonResumeRenderer}, format {@code json-resume})
 * and import ({@link io.github.portfoliosdk.jsonresume.JsonResumeImporter}), lossless both ways.
 */
package io.github.portfoliosdk.jsonresume;
