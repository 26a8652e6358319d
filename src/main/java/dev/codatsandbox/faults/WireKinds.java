package dev.codatsandbox.faults;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code type} names of a family of records read from JSON (the fault kinds, the triggers): each record's name on
 * the wire is its class's simple name in kebab case ({@code PageDrift} is {@code page-drift}), so a kind is named
 * once, by its class, and the list of kinds is written once, in the list each family gives the constructor (the
 * webhook faults name theirs so too). Jackson asks this resolver for the name of a record it writes and the record of
 * a name it reads; a name not in the list fails as an unknown type id, which the rule reader turns into a message
 * listing {@link #names}.
 */
public abstract class WireKinds implements TypeIdResolver {

    private final Map<String, Class<?>> byName = new LinkedHashMap<>();
    private JavaType baseType;

    protected WireKinds(List<? extends Class<?>> kinds) {
        for (Class<?> kind : kinds) {
            byName.put(name(kind), kind);
        }
    }

    /** A record's wire name: its simple class name in kebab case. */
    public static String name(Class<?> kind) {
        return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Every wire name, in the order of the kinds. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    @Override
    public void init(JavaType baseType) {
        this.baseType = baseType;
    }

    @Override
    public String idFromValue(Object value) {
        return name(value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return name(value != null ? value.getClass() : suggestedType);
    }

    @Override
    public String idFromBaseType() {
        return idFromValueAndType(null, baseType.getRawClass());
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<?> kind = byName.get(id);
        return kind == null ? null : context.constructType(kind);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", byName.keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
