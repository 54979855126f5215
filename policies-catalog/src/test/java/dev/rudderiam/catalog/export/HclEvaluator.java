package dev.rudderiam.catalog.export;

import dev.rudderiam.json.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A test-side stand-in for Terraform: evaluates the small part of the HCL expression language the parameterized
 * module writes (string templates with {@code ${...}}, tuples, objects, {@code for} expressions with {@code if},
 * {@code var.*} and {@code local.*}, {@code == != >= <= > < && || !}, and the functions {@code jsonencode},
 * {@code concat}, {@code can}, {@code regex}, {@code lower}, {@code length}, {@code contains} and {@code alltrue}). Anything else
 * fails, so the module cannot use syntax this evaluator does not check. {@code regex} is evaluated with
 * {@code java.util.regex} after checking the pattern uses only syntax RE2 has (then both engines read it alike).
 */
final class HclEvaluator {
    private final Map<String, Object> variables;
    private final Map<String, Object> locals;
    private final Map<String, Object> scope = new LinkedHashMap<>();
    private String text = "";
    private int at;

    HclEvaluator(Map<String, Object> variables, Map<String, Object> locals) {
        this.variables = variables;
        this.locals = locals;
    }

    /** {@return the value of a JSON-syntax string: one interpolation alone is its value, else a template} */
    Object evaluateJsonString(String json) {
        return new HclEvaluator(variables, locals).withScope(scope).parseTemplate(json);
    }

    private HclEvaluator withScope(Map<String, Object> outer) {
        scope.putAll(outer);
        return this;
    }

    private Object parseTemplate(String template) {
        if (template.startsWith("${") && template.endsWith("}") && closing(template, 2) == template.length() - 1) {
            return evaluate(template.substring(2, template.length() - 1));
        }
        return interpolate(template);
    }

    /** {@return the index of the brace closing an interpolation opened before {@code from}} */
    private static int closing(String s, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    i = closing(s, i + 2);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unclosed interpolation in " + s);
    }

    Object evaluate(String expression) {
        HclEvaluator parser = new HclEvaluator(variables, locals).withScope(scope);
        parser.text = expression;
        Object value = parser.or();
        parser.space();
        if (parser.at != expression.length()) {
            throw new AssertionError("unexpected '" + expression.substring(parser.at) + "' in " + expression);
        }
        return value;
    }

    private Object or() {
        Object left = and();
        while (take("||")) {
            boolean right = (Boolean) and();
            left = (Boolean) left || right;
        }
        return left;
    }

    private Object and() {
        Object left = comparison();
        while (take("&&")) {
            boolean right = (Boolean) comparison();
            left = (Boolean) left && right;
        }
        return left;
    }

    private Object comparison() {
        Object left = unary();
        for (String op : List.of("==", "!=", ">=", "<=", ">", "<")) {
            if (take(op)) {
                Object right = unary();
                switch (op) {
                    case "==":
                        return left.equals(right);
                    case "!=":
                        return !left.equals(right);
                    default:
                        long a = ((Number) left).longValue();
                        long b = ((Number) right).longValue();
                        return op.equals(">=") ? a >= b : op.equals("<=") ? a <= b : op.equals(">") ? a > b : a < b;
                }
            }
        }
        return left;
    }

    private Object unary() {
        if (take("!")) {
            return !(Boolean) unary();
        }
        return primary();
    }

    private Object primary() {
        space();
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Object value = or();
            expect(")");
            return value;
        }
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            at++;
            return take("for ") ? forExpression() : tuple();
        }
        if (c == '{') {
            at++;
            return object();
        }
        if (Character.isDigit(c)) {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }
        String name = identifier();
        if (take("(")) {
            return call(name);
        }
        if (name.equals("true") || name.equals("false")) {
            return Boolean.parseBoolean(name);
        }
        if (name.equals("var") || name.equals("local")) {
            expect(".");
            String key = identifier();
            Map<String, Object> source = name.equals("var") ? variables : locals;
            if (!source.containsKey(key)) {
                throw new AssertionError("undeclared " + name + "." + key);
            }
            return source.get(key);
        }
        if (!scope.containsKey(name)) {
            throw new AssertionError("unknown name " + name + " in " + text);
        }
        return scope.get(name);
    }

    private Object call(String function) {
        if (function.equals("can")) {
            int start = at;
            int depth = 1;
            boolean quoted = false;
            while (depth > 0) {
                char c = text.charAt(at++);
                if (quoted) {
                    if (c == '\\') {
                        at++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            try {
                evaluate(text.substring(start, at - 1));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        List<Object> arguments = new ArrayList<>();
        if (!take(")")) {
            do {
                arguments.add(or());
            } while (take(","));
            expect(")");
        }
        switch (function) {
            case "jsonencode":
                return JsonValues.write(arguments.get(0));
            case "concat":
                List<Object> all = new ArrayList<>();
                arguments.forEach(list -> all.addAll((List<?>) list));
                return all;
            case "regex":
                java.util.regex.Matcher matcher = Pattern.compile(re2((String) arguments.get(0)))
                        .matcher((String) arguments.get(1));
                if (!matcher.find()) {
                    throw new IllegalArgumentException("no match");
                }
                return matcher.group();
            case "lower":
                return ((String) arguments.get(0)).toLowerCase(java.util.Locale.ROOT);
            case "length":
                Object value = arguments.get(0);
                return (long) (value instanceof String ? ((String) value).codePointCount(0, ((String) value).length())
                        : ((List<?>) value).size());
            case "contains":
                return ((List<?>) arguments.get(0)).contains(arguments.get(1));
            case "alltrue":
                return ((List<?>) arguments.get(0)).stream().allMatch(Boolean.TRUE::equals);
            default:
                throw new AssertionError("unexpected function " + function);
        }
    }

    /**
     * {@return {@code pattern} in a form java.util.regex reads as RE2 (Terraform's {@code regex} engine) does, after
     * checking it stays inside RE2: no lookaround, backreference, possessive or atomic group (Java-only syntax), no
     * counted repetition above 1000}
     * A pattern outside RE2 fails the test loudly: in Terraform it would not compile and {@code can(...)} would be
     * false for every value (https://github.com/google/re2/wiki/Syntax).
     */
    private static String re2(String pattern) {
        if (Pattern.compile("\\(\\?[=!<>]|\\\\[1-9kGZQ]|[*+?}]\\+").matcher(pattern).find()) {
            throw new AssertionError("not RE2 syntax: " + pattern);
        }
        java.util.regex.Matcher repeat = Pattern.compile("\\{(\\d+)(,(\\d*))?}").matcher(pattern);
        while (repeat.find()) {
            String bound = repeat.group(3) == null || repeat.group(3).isEmpty() ? repeat.group(1) : repeat.group(3);
            if (Integer.parseInt(bound) > 1000) {
                throw new AssertionError("RE2 allows repetition counts up to 1000: " + pattern);
            }
        }
        // RE2's $ (without the m flag) is the end of the text; Java's also matches before a final line break.
        StringBuilder java = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                java.append(c).append(pattern.charAt(++i));
                continue;
            }
            inClass = c == '[' || inClass && c != ']';
            java.append(c == '$' && !inClass ? "\\z" : String.valueOf(c));
        }
        return java.toString();
    }

    private Object forExpression() {
        String name = identifier();
        expect("in");
        List<?> items = (List<?>) or();
        expect(":");
        int body = at;
        List<Object> result = new ArrayList<>();
        int end = at;
        for (Object item : items) {
            HclEvaluator inner = new HclEvaluator(variables, locals).withScope(scope);
            inner.scope.put(name, item);
            inner.text = text;
            inner.at = body;
            Object value = inner.or();
            boolean keep = true;
            if (inner.take("if ")) {
                keep = (Boolean) inner.or();
            }
            inner.expect("]");
            end = inner.at;
            if (keep) {
                result.add(value);
            }
        }
        if (items.isEmpty()) {
            end = skipTo(body);
        }
        at = end;
        return result;
    }

    /** {@return the index after the bracket closing the tuple or for expression that {@code from} is inside} */
    private int skipTo(int from) {
        int depth = 1;
        boolean quoted = false;
        int i = from;
        while (depth > 0) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            }
        }
        return i;
    }

    private List<Object> tuple() {
        List<Object> items = new ArrayList<>();
        if (take("]")) {
            return items;
        }
        do {
            items.add(or());
        } while (take(","));
        expect("]");
        return items;
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        if (take("}")) {
            return object;
        }
        do {
            String key = (String) string();
            expect("=");
            object.put(key, or());
        } while (take(","));
        expect("}");
        return object;
    }

    private Object string() {
        space();
        expect("\"");
        StringBuilder raw = new StringBuilder();
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char next = text.charAt(at++);
                raw.append(next == 'n' ? '\n' : next);
            } else if (c == '$' && text.startsWith("{", at)) {
                int end = closing(text, at + 1);
                raw.append(text, at - 1, end + 1);
                at = end + 1;
            } else {
                raw.append(c);
            }
        }
        at++;
        String template = raw.toString();
        return interpolate(template);
    }

    /** {@return {@code template} with each {@code ${...}} evaluated and {@code $${} / {@code %%{} unescaped} */
    private String interpolate(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("$${", i) || template.startsWith("%%{", i)) {
                out.append(template.charAt(i)).append('{');
                i += 3;
            } else if (template.startsWith("${", i)) {
                int end = closing(template, i + 2);
                out.append(evaluate(template.substring(i + 2, end)));
                i = end + 1;
            } else {
                out.append(template.charAt(i++));
            }
        }
        return out.toString();
    }

    private String identifier() {
        space();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw new AssertionError("expected a name at '" + text.substring(at) + "'");
        }
        return text.substring(start, at);
    }

    private boolean take(String token) {
        space();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!take(token)) {
            throw new AssertionError("expected '" + token + "' at '" + text.substring(at) + "' in " + text);
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
