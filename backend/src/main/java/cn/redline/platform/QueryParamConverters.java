package cn.redline.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted; a filter value that is not a UUID or
 * not one of an enum's values is bad input, so it is a 400 problem naming the parameter.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

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
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter(name, reason);
            }
        }

        @Override
        public String toString(T value) {
            return value.toString();
        }
    }
}
