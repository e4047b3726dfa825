package cn.redline.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted; a value that is not a number, not a
 * boolean, not a UUID or not one of an enum's values is bad input, so it is a 400 problem naming the
 * parameter. Every query and header parameter of such a type goes through here, whatever resource declares it.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    /** Longest accepted text of a date (2026-12-01) and of a date-time with nanoseconds and offset. */
    public static final int DATE_MAX = 10;
    public static final int DATE_TIME_MAX = 35;

    /** Carries the parameter's name to the problem mapper. */
    public static class InvalidParameter extends BadRequestException {
        private final String parameter;
        private final String reason;

        InvalidParameter(String parameter, String reason) {
            super(parameter + " " + reason);
            this.parameter = parameter;
            this.reason = reason;
        }

        public Problem problem() {
            return ProblemException.invalid(parameter, reason).problem();
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be true or false", QueryParamConverters::strictBoolean);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date (YYYY-MM-DD)",
                    v -> LocalDate.parse(bounded(v, DATE_MAX)));
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be an ISO-8601 date-time with offset",
                    v -> OffsetDateTime.parse(bounded(v, DATE_TIME_MAX)));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", UUID::fromString);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String reason = "must be one of " + Arrays.toString(type.getEnumConstants());
            return (ParamConverter<T>) new Converter<>(name, reason, v -> Enum.valueOf(type, v));
        }
        return null;
    }

    /** Boolean.valueOf reads every word but "true" as false; only true and false are booleans. */
    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String bounded(String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("longer than " + max);
        }
        return value;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, String reason, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidParameter(name, reason);
            }
        }

        @Override
        public String toString(T value) {
            return value.toString();
        }
    }
}
