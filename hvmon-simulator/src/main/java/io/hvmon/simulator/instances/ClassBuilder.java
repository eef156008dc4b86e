package io.hvmon.simulator.instances;

import java.util.List;

/** A builder's identity (class, namespace, keys) in one place, so each builder holds only what it builds. */
abstract class ClassBuilder implements InstanceBuilder {

    private final String className;
    private final String namespace;
    private final List<String> keys;

    ClassBuilder(String className, String namespace, String... keys) {
        this.className = className;
        this.namespace = namespace;
        this.keys = List.of(keys);
    }

    @Override
    public final String className() {
        return className;
    }

    @Override
    public final String namespace() {
        return namespace;
    }

    @Override
    public final List<String> keys() {
        return keys;
    }
}
