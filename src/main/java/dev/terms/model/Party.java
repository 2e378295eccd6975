package dev.terms.model;

import java.util.List;

public record Party(String id, String name, List<String> aliases, String role, String note, Location location)
        implements Named {}
