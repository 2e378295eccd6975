package dev.terms.render;

/** Terminal decoration: ANSI colour when on, nothing otherwise. Decoration never changes content. */
public record Style(boolean color) {

    public static final Style PLAIN = new Style(false);

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    /** Green for in force, yellow for pending, red for ended. */
    public String status(String word, String s) {
        if (!color) return s;
        String code = switch (word) {
            case "in-force" -> "32";
            case "pending" -> "33";
            default -> "31";
        };
        return "\u001b[" + code + "m" + s + "\u001b[0m";
    }
}
