package dev.codatsandbox.query;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The records of a list that a query selected, in the order asked for: a view over the list through the
 * selected positions. A record is read from the list (for a generated one, produced) only when the view's
 * {@code get} asks for it, so a page of the view costs one page of records.
 */
final class Selection<R> extends AbstractList<R> implements RandomAccess {

    private final List<R> list;
    private final int[] positions;

    Selection(List<R> list, int[] positions) {
        this.list = list;
        this.positions = positions;
    }

    @Override
    public R get(int index) {
        return list.get(positions[index]);
    }

    @Override
    public int size() {
        return positions.length;
    }
}
