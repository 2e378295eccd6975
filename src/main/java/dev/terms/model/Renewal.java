package dev.terms.model;

import java.util.List;

/**
 * How the agreement renews (format 1.1): automatically or not, for terms of what length, at most
 * how many times, unless which event happens (a notice of non-renewal) at least {@code notice}
 * before a term ends, and who may give that notice ({@code by}; every party when empty).
 */
public record Renewal(boolean automatic, Duration term, Integer times, Duration notice, List<String> by,
        String unless, String text, String source, Location location) {}
