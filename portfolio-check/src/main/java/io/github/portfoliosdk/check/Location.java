package io.github.portfoliosdk.check;

/**
 * Where in a PDF a finding is: a page (from 1) and the top-left point of the text, in PostScript points from the
 * page's top-left corner; page 0 means the whole file.
 *
 * @param page the page number, from 1; 0 for the whole file
 * @param x points from the left edge
 * @param y points from the top edge
 */
public record Location(int page, float x, float y) {

    /** The whole file, for findings that have no place on a page (the file's size). */
    public static final Location FILE = new Location(0, 0, 0);

    /** Checks the page is not negative. */
    public Location {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 (the whole file) or more, not " + page);
        }
    }

    /** A place on a page. */
    public static Location of(int page, float x, float y) {
        return new Location(page, x, y);
    }

    /** The whole page, for findings about a page rather than a place on it. */
    public static Location page(int page) {
        return new Location(page, 0, 0);
    }

    /** "page 2, 72/140 pt", "page 2" or "file". */
    @Override
    public String toString() {
        if (page == 0) {
            return "file";
        }
        if (x == 0 && y == 0) {
            return "page " + page;
        }
        return "page " + page + ", " + Math.round(x) + "/" + Math.round(y) + " pt";
    }
}
