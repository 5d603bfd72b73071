package gov.ca.calhr.um.commons.rest;

import gov.ca.calhr.um.commons.problem.Problems;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Query and path parameters are read strictly, and a value of the wrong type is a 400 problem
 * naming the parameter: numbers are decimal digits, booleans only {@code true} or {@code false},
 * dates only ISO ({@code 2026-07-01}), identifiers only canonical UUIDs, enumerations only one of
 * their names. Without it JAX-RS answers a path or query value it cannot convert with 404 (as if
 * the resource were missing) and reads {@code eligible=maybe} as false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    /** A parameter value that is not of the parameter's type; a WebApplicationException, so JAX-RS passes it on as is. */
    public static final class WrongType extends BadRequestException {
        private final String name;
        private final boolean path;

        WrongType(String name, boolean path, String message) {
            super(message);
            this.name = name;
            this.path = path;
        }
    }

    /** The 400 problem for a wrong-typed parameter: the violations name it and say where it was ({@code in}). */
    @Provider
    @Priority(1)
    public static final class WrongTypeMapper extends ExceptionMapperBase<WrongType> {
        @Override
        protected HttpProblem toProblem(WrongType e) {
            return e.path ? Problems.invalidPathParameter(e.name, e.getMessage())
                    : Problems.invalidQueryParameter(e.name, e.getMessage());
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String query = null;
        String path = null;
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam q) {
                query = q.value();
            } else if (annotation instanceof PathParam p) {
                path = p.value();
            }
        }
        if (query == null && path == null) {
            return null;
        }
        Reader reader = reader((Class) rawType);
        if (reader == null) {
            return null;
        }
        String name = path != null ? path : query;
        boolean inPath = path != null;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.read().apply(value);
                } catch (RuntimeException e) {
                    throw new WrongType(name, inPath, reader.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private record Reader(Function<String, Object> read, String expected) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reader reader(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return new Reader(v -> Integer.valueOf(matching(INTEGER, v)), "must be a whole number");
        }
        if (type == Long.class || type == long.class) {
            return new Reader(v -> Long.valueOf(matching(INTEGER, v)), "must be a whole number");
        }
        if (type == BigDecimal.class) {
            return new Reader(v -> new BigDecimal(matching(DECIMAL, v)), "must be a number, e.g. 3500.00");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Reader(StrictParameters::bool, "must be true or false");
        }
        if (type == LocalDate.class) {
            return new Reader(StrictParameters::date, "must be an ISO date, e.g. 2026-07-01");
        }
        if (type == UUID.class) {
            return new Reader(v -> UUID.fromString(matching(UUID_TEXT, v)), "must be a UUID");
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String names = Arrays.stream(enumType.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            return new Reader(v -> Enum.valueOf(enumType, v), "must be one of " + names);
        }
        return null;
    }

    private static String matching(Pattern pattern, String value) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }
}
