package io.j8s.apimachinery.labels;

/** Kubernetes' {@code selection.Operator}: how a requirement relates a key to its values. */
public enum Operator {
    IN("in"),
    NOT_IN("notin"),
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    GREATER_THAN("gt"),
    LESS_THAN("lt"),
    EXISTS("exists"),
    DOES_NOT_EXIST("!");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as Kubernetes spells it in messages: {@code in}, {@code =}, {@code exists}... */
    public String symbol() {
        return symbol;
    }
}
