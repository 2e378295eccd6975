/**
 * The application layer, what every front end runs on: the injected streams ({@link
 * dev.terms.app.Io}), the exit statuses, user-facing errors, the workspace one command line
 * resolves to (files, loaded agreements, date, output settings; built from {@link
 * dev.terms.app.Options}, plain values), the loaded files kept between the lines of a session,
 * and the --jq filter. Imports the pipeline and {@code render}; never picocli, JLine or a front end.
 */
package dev.terms.app;
