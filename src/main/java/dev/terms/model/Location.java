package dev.terms.model;

/** Where something sits in a terms file: 1-based line and column, as editors count. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code FILE:LINE:COLUMN}, on one line whatever the file's name holds (a newline cannot forge another). */
    @Override
    public String toString() {
        return Printable.line(file) + ":" + line + ":" + column;
    }
}
