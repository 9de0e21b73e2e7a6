package io.jenkins.plugins.ramp.steps;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What structs' DescribableModel does with a step, reduced to the rules the Snippet Generator and Pipeline's named
 * arguments depend on: properties are the {@code @DataBoundConstructor} parameters (by their compiled names) and the
 * {@code @DataBoundSetter} setters, each read back through its getter; uninstantiating keeps the mandatory
 * arguments and the optional ones that differ from a fresh instance's; instantiating calls the constructor with the
 * mandatory ones and a setter for each other key, and refuses keys that are no property.
 */
final class SnippetModel {
    final Class<?> type;
    final Constructor<?> constructor;
    /** Every property and its type, the constructor's first. */
    final Map<String, Class<?>> properties = new LinkedHashMap<>();
    final Map<String, Method> setters = new LinkedHashMap<>();

    SnippetModel(Class<?> type) {
        this.type = type;
        Constructor<?> found = null;
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                found = c;
            }
        }
        if (found == null) {
            throw new AssertionError(type + " has no public @DataBoundConstructor (visible at run time)");
        }
        constructor = found;
        for (Parameter p : constructor.getParameters()) {
            if (!p.isNamePresent()) {
                throw new AssertionError(type + ": compiled without -parameters, Stapler cannot bind " + p);
            }
            properties.put(p.getName(), p.getType());
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class)) {
                if (!m.getName().startsWith("set") || m.getParameterCount() != 1) {
                    throw new AssertionError(m + " is a @DataBoundSetter but not a one-argument setX");
                }
                String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                properties.put(name, m.getParameterTypes()[0]);
                setters.put(name, m);
            }
        }
    }

    Method getter(String property) {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + cap, "is" + cap}) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no getter for its property " + property);
    }

    Object read(Object instance, String property) throws ReflectiveOperationException {
        return getter(property).invoke(instance);
    }

    Map<String, Object> uninstantiate(Object instance) throws ReflectiveOperationException {
        Map<String, Object> mandatory = new LinkedHashMap<>();
        for (Parameter p : constructor.getParameters()) {
            mandatory.put(p.getName(), read(instance, p.getName()));
        }
        Object fresh = instantiate(mandatory);
        Map<String, Object> arguments = new LinkedHashMap<>(mandatory);
        for (String property : setters.keySet()) {
            Object value = read(instance, property);
            if (!Objects.equals(value, read(fresh, property))) {
                arguments.put(property, value);
            }
        }
        return arguments;
    }

    Object instantiate(Map<String, Object> arguments) throws ReflectiveOperationException {
        Map<String, Object> rest = new LinkedHashMap<>(arguments);
        Object[] values = new Object[constructor.getParameterCount()];
        Parameter[] parameters = constructor.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            values[i] = rest.remove(parameters[i].getName());
        }
        Object instance = constructor.newInstance(values);
        for (Map.Entry<String, Object> e : rest.entrySet()) {
            Method setter = setters.get(e.getKey());
            if (setter == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " does not take parameter " + e.getKey());
            }
            setter.invoke(instance, e.getValue());
        }
        return instance;
    }
}
