package dev.backendcourse.kit.errors;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Turns a Bean Validation property path such as {@code create.item.userId} into FastAPI's {@code loc}, such as
 * {@code ["body", "user_id"]}: the method and parameter names are replaced by where the value came from, and
 * field names by their JSON names, so a client never sees Java names like {@code arg0}.
 */
final class ViolationLocations {

    private ViolationLocations() {
    }

    static List<Object> locationOf(ConstraintViolation<?> violation) {
        List<Object> location = new ArrayList<>();
        Method method = null;
        Type currentType = violation.getRootBeanClass();

        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = findMethod(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                location.addAll(parameterLocation(method, index));
                currentType = method == null ? Object.class : method.getGenericParameterTypes()[index];
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (location.isEmpty()) {
                    location.add("body");
                }
                addContainerPosition(location, node);
                if (node.getKind() == ElementKind.PROPERTY) {
                    Class<?> owner = elementClass(currentType, node);
                    Field field = findField(owner, node.getName());
                    location.add(jsonName(field, node.getName()));
                    currentType = field == null ? Object.class : field.getGenericType();
                }
            }
        }
        if (location.isEmpty()) {
            location.add("body");
        }
        return location;
    }

    private static List<Object> parameterLocation(Method method, int index) {
        if (method == null) {
            return List.of("body");
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof PathParam path) {
                return List.of("path", path.value());
            }
            if (annotation instanceof QueryParam query) {
                return List.of("query", query.value());
            }
            if (annotation instanceof HeaderParam header) {
                return List.of("header", header.value());
            }
            if (annotation instanceof CookieParam cookie) {
                return List.of("cookie", cookie.value());
            }
            if (annotation instanceof FormParam form) {
                return List.of("body", form.value());
            }
        }
        // A parameter with no JAX-RS annotation is the request entity.
        return List.of("body");
    }

    /** Adds the list index or map key that a node sits under, for values inside a list or a map. */
    private static void addContainerPosition(List<Object> location, Path.Node node) {
        if (node.getIndex() != null) {
            location.add(node.getIndex());
        } else if (node.getKey() != null) {
            location.add(String.valueOf(node.getKey()));
        }
    }

    /** Returns the class that declares a property: the element type when the node sits inside a collection. */
    private static Class<?> elementClass(Type type, Path.Node node) {
        if ((node.isInIterable()) && type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return rawClass(arguments[arguments.length - 1]);
        }
        return rawClass(type);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        return Object.class;
    }

    private static Field findField(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // Keep looking in the superclass.
            }
        }
        return null;
    }

    private static String jsonName(Field field, String javaName) {
        JsonProperty property = field == null ? null : field.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        return javaName;
    }

    private static Method findMethod(Class<?> owner, Path.MethodNode node) {
        Class<?>[] parameterTypes = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            Method match = Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.getName().equals(node.getName()))
                    .filter(method -> Arrays.equals(method.getParameterTypes(), parameterTypes))
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                return match;
            }
        }
        return null;
    }
}
