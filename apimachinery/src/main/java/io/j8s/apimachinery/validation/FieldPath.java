package io.j8s.apimachinery.validation;

/**
 * A field path as Kubernetes' {@code field.Path} prints it: {@code spec.containers[0].ports[1].containerPort},
 * {@code metadata.labels[app]}. Immutable; each step returns a new path.
 */
public record FieldPath(String path) {

    /** A path starting at a top-level field such as {@code spec} or {@code metadata}. */
    public static FieldPath root(String name) {
        return new FieldPath(name);
    }

    /** A path from several names: {@code of("spec", "template")} is {@code spec.template}. */
    public static FieldPath of(String first, String... more) {
        FieldPath p = root(first);
        for (String m : more) {
            p = p.child(m);
        }
        return p;
    }

    public FieldPath child(String name) {
        return new FieldPath(path.isEmpty() ? name : path + "." + name);
    }

    public FieldPath child(String name, String... more) {
        FieldPath p = child(name);
        for (String m : more) {
            p = p.child(m);
        }
        return p;
    }

    /** An element of a list: {@code containers[0]}. */
    public FieldPath index(int i) {
        return new FieldPath(path + "[" + i + "]");
    }

    /** An entry of a map: {@code labels[app]}. */
    public FieldPath key(String key) {
        return new FieldPath(path + "[" + key + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}
