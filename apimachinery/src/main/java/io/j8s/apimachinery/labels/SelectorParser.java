package io.j8s.apimachinery.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lexer and recursive-descent parser of Kubernetes' {@code labels.Parse}, kept token for token
 * so that the same inputs fail with the same messages. Not thread-safe; one instance per parse.
 */
final class SelectorParser {

    private enum Token {
        ERROR, END, CLOSED_PAR, COMMA, DOES_NOT_EXIST, DOUBLE_EQUALS, EQUALS, GREATER_THAN,
        IDENTIFIER, IN, LESS_THAN, NOT_EQUALS, NOT_IN, OPEN_PAR
    }

    private record Item(Token token, String literal) {}

    private static final Map<String, Token> KEYWORDS = Map.ofEntries(
            Map.entry(")", Token.CLOSED_PAR), Map.entry(",", Token.COMMA), Map.entry("!", Token.DOES_NOT_EXIST),
            Map.entry("==", Token.DOUBLE_EQUALS), Map.entry("=", Token.EQUALS), Map.entry(">", Token.GREATER_THAN),
            Map.entry("in", Token.IN), Map.entry("<", Token.LESS_THAN), Map.entry("!=", Token.NOT_EQUALS),
            Map.entry("notin", Token.NOT_IN), Map.entry("(", Token.OPEN_PAR));

    private static final String BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

    private final String input;
    private int pos;
    private final List<Item> items = new ArrayList<>();
    private int position;

    private SelectorParser(String input) {
        this.input = input;
    }

    /** The requirements of a selector string, unsorted; an IllegalArgumentException carries Kubernetes' message. */
    static List<Requirement> parse(String selector) {
        SelectorParser p = new SelectorParser(selector);
        p.scan();
        return p.requirements();
    }

    // --- lexer -----------------------------------------------------------------------------

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecialSymbol(char c) {
        return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }

    private void scan() {
        while (true) {
            Item item = lex();
            items.add(item);
            if (item.token() == Token.END) {
                return;
            }
        }
    }

    private Item lex() {
        while (pos < input.length() && isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Item(Token.END, "");
        }
        return isSpecialSymbol(input.charAt(pos)) ? scanSpecialSymbol() : scanIdOrKeyword();
    }

    private Item scanIdOrKeyword() {
        int start = pos;
        while (pos < input.length() && !isSpecialSymbol(input.charAt(pos)) && !isWhitespace(input.charAt(pos))) {
            pos++;
        }
        String s = input.substring(start, pos);
        Token keyword = KEYWORDS.get(s);
        return new Item(keyword == null ? Token.IDENTIFIER : keyword, s);
    }

    private Item scanSpecialSymbol() {
        StringBuilder buffer = new StringBuilder();
        Item last = null;
        while (pos < input.length() && isSpecialSymbol(input.charAt(pos))) {
            buffer.append(input.charAt(pos));
            Token token = KEYWORDS.get(buffer.toString());
            if (token != null) {
                last = new Item(token, buffer.toString());
                pos++;
            } else if (last != null) {
                break;
            } else {
                pos++;
            }
        }
        if (last == null) {
            return new Item(Token.ERROR, "error expected: keyword found '" + buffer + "'");
        }
        return last;
    }

    // --- parser ----------------------------------------------------------------------------

    /** In value position the keywords {@code in} and {@code notin} are plain identifiers. */
    private Item lookahead(boolean values) {
        return asContext(items.get(position), values);
    }

    private Item consume(boolean values) {
        return asContext(items.get(position++), values);
    }

    private static Item asContext(Item item, boolean values) {
        if (values && (item.token() == Token.IN || item.token() == Token.NOT_IN)) {
            return new Item(Token.IDENTIFIER, item.literal());
        }
        return item;
    }

    private List<Requirement> requirements() {
        List<Requirement> out = new ArrayList<>();
        while (true) {
            Item next = lookahead(true);
            switch (next.token()) {
                case IDENTIFIER, DOES_NOT_EXIST -> {
                    try {
                        out.add(requirement());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unable to parse requirement: " + e.getMessage());
                    }
                    Item after = consume(true);
                    switch (after.token()) {
                        case END -> {
                            return out;
                        }
                        case COMMA -> {
                            Item t2 = lookahead(true);
                            if (t2.token() != Token.IDENTIFIER && t2.token() != Token.DOES_NOT_EXIST) {
                                throw new IllegalArgumentException("found '" + t2.literal() + "', expected: identifier after ','");
                            }
                        }
                        default -> throw new IllegalArgumentException(
                                "found '" + after.literal() + "', expected: ',' or 'end of string'");
                    }
                }
                case END -> {
                    return out;
                }
                default -> throw new IllegalArgumentException(
                        "found '" + next.literal() + "', expected: !, identifier, or 'end of string'");
            }
        }
    }

    private Requirement requirement() {
        Operator inferred = null;
        Item item = consume(true);
        if (item.token() == Token.DOES_NOT_EXIST) {
            inferred = Operator.DOES_NOT_EXIST;
            item = consume(true);
        }
        if (item.token() != Token.IDENTIFIER) {
            throw new IllegalArgumentException("found '" + item.literal() + "', expected: identifier");
        }
        String key = item.literal();
        RequirementRules.keyProblem(key, RequirementRules.NIL_PATH).ifPresent(e -> {
            throw new IllegalArgumentException(e.message());
        });
        Token next = lookahead(true).token();
        if (inferred == null && (next == Token.END || next == Token.COMMA)) {
            inferred = Operator.EXISTS;
        }
        if (inferred != null) {
            // As in Kubernetes, "!a=b" yields "!a" and then fails on the unexpected "=".
            return Requirement.of(key, inferred, List.of());
        }
        Operator op = operator();
        List<String> values = switch (op) {
            case IN, NOT_IN -> setValues();
            default -> exactValue();
        };
        return Requirement.of(key, op, values);
    }

    private Operator operator() {
        Item item = consume(false);
        return switch (item.token()) {
            case IN -> Operator.IN;
            case EQUALS -> Operator.EQUALS;
            case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
            case GREATER_THAN -> Operator.GREATER_THAN;
            case LESS_THAN -> Operator.LESS_THAN;
            case NOT_IN -> Operator.NOT_IN;
            case NOT_EQUALS -> Operator.NOT_EQUALS;
            default -> throw new IllegalArgumentException("found '" + item.literal() + "', expected: " + BINARY_OPERATORS);
        };
    }

    private List<String> setValues() {
        Item item = consume(true);
        if (item.token() != Token.OPEN_PAR) {
            throw new IllegalArgumentException("found '" + item.literal() + "' expected: '('");
        }
        Item next = lookahead(true);
        switch (next.token()) {
            case IDENTIFIER, COMMA -> {
                List<String> values = identifiers();
                if (consume(true).token() != Token.CLOSED_PAR) {
                    throw new IllegalArgumentException("found '" + next.literal() + "', expected: ')'");
                }
                return values;
            }
            case CLOSED_PAR -> {
                consume(true);
                return List.of("");
            }
            default -> throw new IllegalArgumentException("found '" + next.literal() + "', expected: ',', ')' or identifier");
        }
    }

    private List<String> identifiers() {
        TreeSet<String> values = new TreeSet<>();
        while (true) {
            Item item = consume(true);
            switch (item.token()) {
                case IDENTIFIER -> {
                    values.add(item.literal());
                    Item next = lookahead(true);
                    switch (next.token()) {
                        case COMMA -> {
                            continue;
                        }
                        case CLOSED_PAR -> {
                            return new ArrayList<>(values);
                        }
                        default -> throw new IllegalArgumentException("found '" + next.literal() + "', expected: ',' or ')'");
                    }
                }
                case COMMA -> {
                    if (values.isEmpty()) {
                        values.add("");
                    }
                    Token next = lookahead(true).token();
                    if (next == Token.CLOSED_PAR) {
                        values.add("");
                        return new ArrayList<>(values);
                    }
                    if (next == Token.COMMA) {
                        values.add("");
                    }
                }
                default -> throw new IllegalArgumentException("found '" + item.literal() + "', expected: ',', or identifier");
            }
        }
    }

    private List<String> exactValue() {
        Token next = lookahead(true).token();
        if (next == Token.END || next == Token.COMMA) {
            return List.of("");
        }
        Item item = consume(true);
        if (item.token() == Token.IDENTIFIER) {
            return List.of(item.literal());
        }
        throw new IllegalArgumentException("found '" + item.literal() + "', expected: identifier");
    }
}
