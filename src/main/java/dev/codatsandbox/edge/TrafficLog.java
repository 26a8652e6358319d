package dev.codatsandbox.edge;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the HTTP edge does, for the periodic summary ({@link TrafficSummary}): per-request events are logged
 * at DEBUG only, so no caller can make the log grow faster than one INFO line per interval.
 */
final class TrafficLog {

    /** One per process: the Vert.x hooks that count connections live as long as Vert.x does. */
    static final TrafficLog SHARED = new TrafficLog();

    private final LongAdder[] byClass = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(),
            new LongAdder()};
    private final LongAdder malformed = new LongAdder();
    private final LongAdder opened = new LongAdder();
    private final LongAdder closed = new LongAdder();

    void answered(int status) {
        int statusClass = status / 100 - 1;
        byClass[statusClass < 0 || statusClass > 4 ? 4 : statusClass].increment();
    }

    void malformed() {
        malformed.increment();
    }

    void connectionOpened() {
        opened.increment();
    }

    void connectionClosed() {
        closed.increment();
    }

    /** Connections open now. */
    long open() {
        return opened.sum() - closed.sum();
    }

    /** What was counted since the last call, and zeroes those counts (open connections are not a count). */
    Summary drain() {
        long informational = byClass[0].sumThenReset();
        long success = byClass[1].sumThenReset();
        long redirects = byClass[2].sumThenReset();
        return new Summary(success, informational + redirects, byClass[3].sumThenReset(), byClass[4].sumThenReset(),
                malformed.sumThenReset(), open());
    }

    /** Counts of one interval. */
    record Summary(long success, long redirectOrInformational, long clientErrors, long serverErrors, long malformed,
            long openConnections) {

        boolean quiet() {
            return success + redirectOrInformational + clientErrors + serverErrors + malformed == 0;
        }
    }
}
