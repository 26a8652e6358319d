package dev.codatsandbox.faults;

import dev.codatsandbox.companies.CompanyData;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.generator.Generators;
import dev.codatsandbox.model.Customer;
import dev.codatsandbox.paging.Link;
import dev.codatsandbox.paging.Links;
import dev.codatsandbox.paging.Page;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * Applies data faults inside the Customers resource: the list a request pages through (page drift), the page it
 * answers (a {@code next} link past the end, a wrong {@code totalResults}, a first record that will vanish), and
 * the 404 for a vanished record. The resource calls it at three points and knows nothing else of faults; which
 * fault applies was decided by {@link FaultFilter} and travels with the request.
 */
@ApplicationScoped
public class DataFaults {

    private final FaultRules rules;
    private final CurrentVertxRequest current;
    private final Generators generators;

    DataFaults(FaultRules rules, CurrentVertxRequest current, Generators generators) {
        this.rules = rules;
        this.current = current;
        this.generators = generators;
    }

    /** The customers a list request pages through: the company's, or the drifted list once a drift happened. */
    public List<Customer> customers(CompanyData company, List<Customer> customers) {
        Firing firing = firing();
        if (firing == null || !(firing.fault() instanceof Fault.PageDrift drift)) {
            return customers;
        }
        if (firing.rule() != null && !firing.rule().drifted(key(company))) {
            return customers;
        }
        return new DriftedList(customers, drift, generators.global(), key(company));
    }

    /** What a cached query answer over {@code listed} depends on: a drifted list is not the company's list. */
    public Object contentKey(List<Customer> listed, Object companyListKey) {
        return listed instanceof DriftedList drifted
                ? List.of(companyListKey, "drift", drifted.inserted, drifted.deleted) : companyListKey;
    }

    /** The page to answer, after the data fault of this request (if any) has had its way with it. */
    public Page<Customer> served(CompanyData company, Page<Customer> page) {
        Firing firing = firing();
        if (firing == null) {
            return page;
        }
        Fault fault = firing.fault();
        if (fault instanceof Fault.PageDrift drift && firing.rule() != null
                && page.pageNumber() >= drift.firstPageAfter()) {
            firing.rule().drift(key(company));
        }
        if (fault instanceof Fault.VanishingRecord && firing.rule() != null && !page.results().isEmpty()) {
            firing.rule().vanish(key(company), page.results().get(0).id());
        }
        if (fault instanceof Fault.NextPastTheEnd && page.links().next() == null) {
            Links links = page.links();
            String href = links.current().href().replaceFirst("([?&]page=)\\d+", "$1" + (page.pageNumber() + 1));
            return new Page<>(page.results(), page.pageNumber(), page.pageSize(), page.totalResults(),
                    new Links(links.current(), links.self(), links.previous(), new Link(href)));
        }
        if (fault instanceof Fault.WrongTotal wrong) {
            return new Page<>(page.results(), page.pageNumber(), page.pageSize(),
                    Math.max(0, page.totalResults() + wrong.delta()), page.links());
        }
        return page;
    }

    /** Answers 404 for a customer that a vanishing-record fault made vanish. */
    public void requireNotVanished(CompanyData company, String customerId) {
        Firing firing = firing();
        boolean byHeader = firing != null && firing.rule() == null && firing.fault() instanceof Fault.VanishingRecord;
        if (byHeader || rules.vanished(key(company), customerId)) {
            throw CodatApiException.notFound(
                    "Customer '" + customerId + "' was not found for company '" + company.id() + "'.");
        }
    }

    private Firing firing() {
        RoutingContext rc = current.getCurrent();
        return rc == null ? null : rc.get(FaultFilter.FIRING);
    }

    private static String key(CompanyData company) {
        return company.id().toLowerCase(Locale.ROOT);
    }

    /**
     * A company's list after a drift: {@code inserted} customers made from the seed (as customers of the company id
     * with {@code /drift} appended, so their ids are new) before it, or its first {@code deleted} customers gone.
     */
    private static final class DriftedList extends AbstractList<Customer> implements RandomAccess {
        private final List<Customer> base;
        private final int inserted;
        private final int deleted;
        private final CustomerGenerator generator;
        private final String driftCompany;

        DriftedList(List<Customer> base, Fault.PageDrift drift, CustomerGenerator generator, String company) {
            this.base = base;
            this.inserted = drift.insertedCount();
            this.deleted = Math.min(drift.deletedCount(), base.size());
            this.generator = generator;
            this.driftCompany = company + "/drift";
        }

        @Override
        public Customer get(int index) {
            if (index < inserted) {
                return generator.generate(driftCompany, index);
            }
            return base.get(index - inserted + deleted);
        }

        @Override
        public int size() {
            return base.size() + inserted - deleted;
        }
    }
}
