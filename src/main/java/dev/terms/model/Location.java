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

    /** Whether it names a place in the file, not only the file (an unreadable file has no line). */
    public boolean placed() {
        return line > 0;
    }

    /**
     * {@code FILE:LINE:COLUMN}, or {@code FILE} alone when there is no place in it; on one line
     * whatever the file's name holds (a newline cannot forge another).
     */
    @Override
    public String toString() {
        return placed() ? Printable.line(file) + ":" + line + ":" + column : Printable.line(file);
    }
}
