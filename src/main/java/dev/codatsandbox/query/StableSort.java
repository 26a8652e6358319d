package dev.codatsandbox.query;

/**
 * A stable merge sort of {@code int} indices, so that sorting millions of positions boxes none of them.
 */
final class StableSort {

    /** Compares the items at two indices. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int a, int b);
    }

    private static final int INSERTION_SORT_BELOW = 16;

    private StableSort() {
    }

    /** Sorts the indices by the comparator; indices that compare equal keep their order. */
    static void sort(int[] indices, IndexComparator comparator) {
        int[] buffer = indices.clone();
        sort(buffer, indices, 0, indices.length, comparator);
    }

    /** Sorts {@code source[from, to)} into {@code target[from, to)}; both start with the same contents. */
    private static void sort(int[] source, int[] target, int from, int to, IndexComparator comparator) {
        if (to - from < INSERTION_SORT_BELOW) {
            for (int i = from + 1; i < to; i++) {
                int item = target[i];
                int j = i - 1;
                while (j >= from && comparator.compare(target[j], item) > 0) {
                    target[j + 1] = target[j];
                    j--;
                }
                target[j + 1] = item;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(target, source, from, middle, comparator);
        sort(target, source, middle, to, comparator);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || left < middle && comparator.compare(source[left], source[right]) <= 0) {
                target[i] = source[left++];
            } else {
                target[i] = source[right++];
            }
        }
    }
}
