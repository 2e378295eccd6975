package dev.terms.model;

import java.util.List;

public record Definition(String id, String name, List<String> aliases, String means, String type, String note,
        Location location) implements Named {}
