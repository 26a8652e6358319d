package dev.codatsandbox.companies;

import dev.codatsandbox.generator.CustomerGenerator;
import dev.codatsandbox.model.Customer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One company's customers at one moment, in the order the list endpoint serves them: the customers a fixture
 * file (or the documented example) states, then the generated ones, then those created at run time. Changes made
 * at run time replace a customer in its place or append a new one.
 *
 * <p>Immutable: a change makes a new list ({@link #with(Customer)}), so a reader holding one never sees a change
 * half made. Generated customers are not held: the customer at a position is produced from (seed, company, index)
 * when asked for, so a company of millions costs no memory until it is read, and finding a generated customer by
 * id inverts its id rather than searching. Each list has a {@link #version()}, unique in the process, for caches
 * of what is derived from it.
 *
 * <p>{@link #subList(int, int)} and {@link #at(int[])} answer a {@link Selection}: a view that still knows the
 * list and position of each customer, so that what is derived from a customer at a position (its serialised bytes)
 * can be reused across requests without producing the customer again.
 */
public final class CustomerList extends AbstractList<Customer> implements RandomAccess {

    private static final AtomicLong VERSIONS = new AtomicLong();

    private final String companyId;
    private final List<Customer> stated;
    private final Map<String, Integer> statedPositions;
    private final CustomerGenerator generator;
    /** The company's generated customers, {@code generator.of(companyId)}: made once for the list and its changes. */
    private final CustomerGenerator.OfCompany generated;
    private final int generatedCount;
    private final Map<Integer, Customer> replaced;
    private final List<Customer> appended;
    private final Map<String, Integer> appendedPositions;
    private final long version = VERSIONS.incrementAndGet();

    private CustomerList(String companyId, List<Customer> stated, Map<String, Integer> statedPositions,
                         CustomerGenerator generator, CustomerGenerator.OfCompany generated, int generatedCount,
                         Map<Integer, Customer> replaced, List<Customer> appended,
                         Map<String, Integer> appendedPositions) {
        this.companyId = companyId;
        this.stated = stated;
        this.statedPositions = statedPositions;
        this.generator = generator;
        this.generated = generated;
        this.generatedCount = generatedCount;
        this.replaced = replaced;
        this.appended = appended;
        this.appendedPositions = appendedPositions;
    }

    /**
     * The stated customers, then {@code generatedCount} customers generated for {@code companyId} (none when the
     * generator is null).
     *
     * @throws IllegalArgumentException when two stated customers share an id
     */
    public static CustomerList of(String companyId, List<Customer> stated, CustomerGenerator generator,
                                  int generatedCount) {
        List<Customer> copy = List.copyOf(stated);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            if (positions.putIfAbsent(copy.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Company " + companyId + " has two customers with id "
                        + copy.get(i).id());
            }
        }
        int count = generator == null ? 0 : generatedCount;
        return new CustomerList(companyId, copy, Map.copyOf(positions), generator,
                count == 0 ? null : generator.of(companyId), count, Map.of(), List.of(), Map.of());
    }

    public String companyId() {
        return companyId;
    }

    /** Unique in the process for this list: a list derived by a change has another. */
    public long version() {
        return version;
    }

    @Override
    public int size() {
        return stated.size() + generatedCount + appended.size();
    }

    @Override
    public Customer get(int position) {
        int generatedFrom = stated.size();
        int appendedFrom = generatedFrom + generatedCount;
        if (position < 0 || position >= size()) {
            throw new IndexOutOfBoundsException("Position " + position + " of " + size());
        }
        if (position >= appendedFrom) {
            return appended.get(position - appendedFrom);
        }
        Customer change = replaced.get(position);
        if (change != null) {
            return change;
        }
        return position < generatedFrom ? stated.get(position) : generated.generate(position - generatedFrom);
    }

    /** How many customers the list starts with before the generated ones (fixture or documented example). */
    public int statedCount() {
        return stated.size();
    }

    /** How many generated customers follow the stated ones. */
    public int generatedCount() {
        return generatedCount;
    }

    /** The generator of the generated customers, or null when there are none. */
    public CustomerGenerator generator() {
        return generatedCount == 0 ? null : generator;
    }

    /** The customers put in place of generated ones (same id), in list order. */
    public List<Customer> replacedGenerated() {
        return replaced.keySet().stream().filter(position -> position >= stated.size()).sorted()
                .map(replaced::get).toList();
    }

    /** The customers added after the generated ones, in list order. */
    public List<Customer> appended() {
        return appended;
    }

    /** The position of the customer with this id, or -1. */
    public int position(String customerId) {
        Integer position = statedPositions.get(customerId);
        if (position != null) {
            return position;
        }
        position = appendedPositions.get(customerId);
        if (position != null) {
            return stated.size() + generatedCount + position;
        }
        if (generatedCount > 0) {
            long index = generated.index(customerId).orElse(-1);
            if (index >= 0 && index < generatedCount) {
                return stated.size() + (int) index;
            }
        }
        return -1;
    }

    /**
     * The generator's index of the customer at this position, when that customer is a generated one that no change
     * has replaced (so it is a pure function of seed, company and index); otherwise -1.
     */
    public long generatedIndex(int position) {
        int generatedFrom = stated.size();
        if (position < generatedFrom || position >= generatedFrom + generatedCount || replaced.containsKey(position)) {
            return -1;
        }
        return position - generatedFrom;
    }

    /** The seed of the generator that produces this list's generated customers (0 when it has none). */
    public long seed() {
        return generator == null ? 0 : generator.seed();
    }

    /** The customers from {@code from} (inclusive) to {@code to} (exclusive), as a view that knows their positions. */
    @Override
    public Selection subList(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("Range " + from + " to " + to + " of " + size());
        }
        return new Selection(this, from, to - from, null);
    }

    /**
     * The customers at these positions, in this order, as a view that knows their positions. The view reads the array
     * as it is (it is not copied, since a cached answer may hold millions of positions): do not change it afterwards.
     * A position out of range fails when its customer is read.
     */
    public Selection at(int[] positions) {
        return new Selection(this, 0, positions.length, positions);
    }

    public Optional<Customer> find(String customerId) {
        int position = position(customerId);
        return position < 0 ? Optional.empty() : Optional.of(get(position));
    }

    /** This list with the customer replaced in its place (same id), or appended when its id is new. */
    public CustomerList with(Customer customer) {
        int position = position(customer.id());
        int appendedFrom = stated.size() + generatedCount;
        if (position >= 0 && position < appendedFrom) {
            Map<Integer, Customer> changes = new HashMap<>(replaced);
            changes.put(position, customer);
            return new CustomerList(companyId, stated, statedPositions, generator, generated, generatedCount,
                    Map.copyOf(changes), appended, appendedPositions);
        }
        List<Customer> added = new ArrayList<>(appended);
        Map<String, Integer> addedPositions = appendedPositions;
        if (position >= 0) {
            added.set(position - appendedFrom, customer);
        } else {
            Map<String, Integer> positions = new HashMap<>(appendedPositions);
            positions.put(customer.id(), added.size());
            added.add(customer);
            addedPositions = Map.copyOf(positions);
        }
        return new CustomerList(companyId, stated, statedPositions, generator, generated, generatedCount, replaced,
                List.copyOf(added), addedPositions);
    }

    /**
     * A key equal for two lists that hold the same customers in the same order, for caches of what is derived from
     * a list. A list of generated customers only (nothing stated, replaced or appended) is keyed by its company,
     * generator and count, so a company generated on first use, made anew for each request, finds its cached
     * answers again; any other list by its {@link #version()}.
     */
    public Object contentKey() {
        return stated.isEmpty() && replaced.isEmpty() && appended.isEmpty()
                ? new GeneratedContent(companyId, generator, generatedCount) : version;
    }

    /** The content of a list of generated customers only; the generator compares by identity. */
    private record GeneratedContent(String companyId, CustomerGenerator generator, int count) {
    }

    /**
     * Some customers of one {@link CustomerList}, each produced when read, with its position in that list. Immutable,
     * as the list is.
     */
    public static final class Selection extends AbstractList<Customer> implements RandomAccess {

        private final CustomerList source;
        private final int from;
        private final int size;
        private final int[] positions;

        private Selection(CustomerList source, int from, int size, int[] positions) {
            this.source = source;
            this.from = from;
            this.size = size;
            this.positions = positions;
        }

        /** The list the customers are taken from. */
        public CustomerList source() {
            return source;
        }

        /** Whether this selection is the run of positions {@code position(0)} to {@code position(0) + size() - 1}. */
        public boolean contiguous() {
            return positions == null;
        }

        /** The position in {@link #source()} of the customer at {@code i} of this selection. */
        public int position(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("Index " + i + " of " + size);
            }
            return positions == null ? from + i : positions[i];
        }

        @Override
        public Customer get(int i) {
            return source.get(position(i));
        }

        @Override
        public int size() {
            return size;
        }

        /** Part of this selection, as a selection of the same list. */
        @Override
        public Selection subList(int fromIndex, int toIndex) {
            if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
                throw new IndexOutOfBoundsException("Range " + fromIndex + " to " + toIndex + " of " + size);
            }
            return positions == null ? new Selection(source, from + fromIndex, toIndex - fromIndex, null)
                    : new Selection(source, 0, toIndex - fromIndex,
                    java.util.Arrays.copyOfRange(positions, fromIndex, toIndex));
        }
    }
}
