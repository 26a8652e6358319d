package dev.codatsandbox.edge;

import dev.codatsandbox.testing.TightSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What callers send cannot fill the log: a bad request never logs an ERROR line, single requests log at DEBUG, and
 * the traffic is summed up at INFO at most once per interval (1 second here). It reads the server's log records in
 * the test's own process, so it has no twin against the built artifact.
 */
@QuarkusTest
@TestProfile(TightSettings.class)
class EdgeLogTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void badRequestsLogNoErrorAndTrafficIsSummedUpAtMostOncePerInterval() throws Exception {
        long started = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (String request : List.of(
                    "GET {C} HTTP/1.1⏎{KEY}⏎⏎",
                    "GET {C} HTTP/1.1⏎Host: a b⏎{KEY}⏎⏎",
                    "GET {C}?page=%zz HTTP/1.1⏎Host: x⏎{KEY}⏎⏎",
                    "GET {C}?page={LONG} HTTP/1.1⏎Host: x⏎{KEY}⏎⏎",
                    "GET {C} HTTP/9.9⏎Host: x⏎{KEY}⏎⏎",
                    "{CTRL} garbage⏎⏎",
                    "OPTIONS * HTTP/1.1⏎Host: x⏎⏎",
                    "POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎{}⏎0⏎⏎",
                    "GET {C} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎{}⏎0⏎⏎",
                    "GET {C}?pageSize=1 HTTP/1.1⏎Host: x⏎{KEY}⏎⏎POST {PUSH} HTTP/1.1⏎Host: x⏎{KEY}⏎{CHUNKED}zz⏎",
                    "GET /companies/" + java.util.UUID.randomUUID() + "/data/customers HTTP/1.1⏎Host: x⏎{KEY}⏎⏎")) {
                RawHttp.exchange(EdgeTest.request(request));
            }
        }
        Thread.sleep(2_500);
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;

        List<LogRecord> errors = records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList(), "ERROR lines for bad requests");
        List<LogRecord> info = records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("dev.codatsandbox")).toList();
        List<LogRecord> summaries = info.stream().filter(r -> r.getLoggerName().equals(TrafficSummary.class.getName())).toList();
        assertEquals(info.size(), summaries.size(), "INFO lines other than the summary: " + info.size());
        assertTrue(!summaries.isEmpty() && summaries.size() <= Math.ceil(elapsedSeconds) + 1,
                summaries.size() + " summaries in " + elapsedSeconds + " s");
    }
}
