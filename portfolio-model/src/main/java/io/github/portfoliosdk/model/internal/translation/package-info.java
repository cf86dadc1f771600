/**
 * Which texts of the model a person writes and may translate, and how a portfolio's texts are found and replaced by
 * their JSON Pointers: what {@code Portfolio.in(Locale)} and the native format's reader share. Not an API.
 */
package io.github.portfoliosdk.model.internal.translation;
