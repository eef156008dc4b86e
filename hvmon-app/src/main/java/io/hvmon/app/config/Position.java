package io.hvmon.app.config;

/** Where a token starts in the config text, 1-based, as editors count. */
record Position(int line, int column) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
