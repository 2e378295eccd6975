package dev.terms.model;

public record Source(String id, String title, String url, String date) {}
