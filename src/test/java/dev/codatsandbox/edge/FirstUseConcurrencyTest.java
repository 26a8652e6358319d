package dev.codatsandbox.edge;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No lock covers all companies: first uses of different companies proceed in parallel, reads of an existing
 * company do not wait on another company's generation, and concurrent first uses of one company give one company.
 */
@QuarkusTest
@TestProfile(FirstUseConcurrencyTest.LargeCompanies.class)
class FirstUseConcurrencyTest {

    /** Companies of 100,000 customers, so that a page of 5,000 first-use customers takes a while to generate. */
    public static class LargeCompanies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.customers-per-company", "100000");
        }
    }

    static final int CLIENTS = 8;

    @Test
    void concurrentFirstUsesOfOneCompanyGiveIdenticalBodies() throws Exception {
        String company = UUID.randomUUID().toString();
        List<String> bodies = inParallel(CLIENTS, client -> page(company, 1, 200));

        assertEquals(1, new HashSet<>(bodies).size(), "distinct bodies for one company");
        assertEquals(bodies.get(0), page(company, 1, 200), "the company answered again later");
    }

    @Test
    void concurrentFirstUsesOfDifferentCompaniesEachGiveTheirOwnCompany() throws Exception {
        List<String> companies = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            companies.add(UUID.randomUUID().toString());
        }
        List<String> bodies = inParallel(CLIENTS, client -> page(companies.get(client), 2, 100));

        assertEquals(CLIENTS, new HashSet<>(bodies).size(), "each company its own customers");
        for (int i = 0; i < CLIENTS; i++) {
            assertEquals(bodies.get(i), page(companies.get(i), 2, 100), "company " + i + " answered again alone");
        }
    }

    @Test
    void readsOfAnExistingCompanyDoNotWaitWhileOtherCompaniesAreGenerated() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean readsDone = new AtomicBoolean();
        try {
            CountDownLatch started = new CountDownLatch(2);
            List<Future<Integer>> generating = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String company = UUID.randomUUID().toString();
                generating.add(pool.submit(() -> {
                    started.countDown();
                    // Every page of 5,000 of a company of 100,000 until the reads are done: up to 200,000 first-use
                    // customers in all, far more than a fast machine generates in the reads' time.
                    int pages = 0;
                    for (int page = 1; page <= 20 && !readsDone.get(); page++) {
                        assertFalse(page(company, page, 5000).isEmpty());
                        pages++;
                    }
                    return pages;
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                given().when().get("/companies/" + DEFAULT_COMPANY + "/data/customers/71").then().statusCode(200);
            }
            boolean generationStillRunning = generating.stream().anyMatch(future -> !future.isDone());
            readsDone.set(true);
            assertTrue(generationStillRunning, "the reads were answered while first-use customers were being"
                    + " generated, not after");
            for (Future<Integer> future : generating) {
                assertTrue(future.get(5, TimeUnit.MINUTES) >= 1, "each company answered its pages");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String page(String company, int page, int pageSize) {
        return given().queryParam("page", page).queryParam("pageSize", pageSize)
                .when().get("/companies/" + company + "/data/customers")
                .then().statusCode(200).extract().asString();
    }

    /** Runs the call on this many threads released at once, and answers each thread's result in order. */
    private static List<String> inParallel(int threads, IndexedCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            int port = RestAssured.port;
            for (int i = 0; i < threads; i++) {
                int client = i;
                Callable<String> task = () -> {
                    RestAssured.port = port;
                    ready.countDown();
                    go.await();
                    return call.apply(client);
                };
                results.add(pool.submit(task));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<String> result : results) {
                bodies.add(result.get(5, TimeUnit.MINUTES));
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface IndexedCall {
        String apply(int client) throws Exception;
    }
}
