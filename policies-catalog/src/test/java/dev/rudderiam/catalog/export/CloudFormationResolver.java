package dev.rudderiam.catalog.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side stand-in for CloudFormation: checks parameter values against {@code AllowedPattern},
 * {@code MinLength}, {@code MaxLength} and {@code AllowedValues} and then the template's {@code Rules} as
 * CloudFormation would, then resolves the few
 * intrinsic functions the parameterized export writes ({@code Ref}, {@code Fn::Sub} in its string form,
 * {@code Fn::If}, {@code Fn::FindInMap}, {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Condition}) and drops
 * {@code AWS::NoValue}. Anything else fails, so the export cannot use a function this resolver does not check.
 */
final class CloudFormationResolver {
    private static final Object NO_VALUE = new Object();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final Map<?, ?> template;
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param template the template's JSON values
     * @param parameters a value for every parameter of the template (defaults are not used)
     * @param account the value of {@code AWS::AccountId}
     */
    CloudFormationResolver(Map<?, ?> template, Map<String, String> parameters, String account) {
        this.template = template;
        Map<?, ?> declared = (Map<?, ?>) template.get("Parameters");
        if (!declared.keySet().equals(parameters.keySet())) {
            throw new AssertionError("parameters " + parameters.keySet() + " are not the declared " + declared.keySet());
        }
        declared.forEach((name, declaration) -> {
            String value = parameters.get(name);
            if (!allowed((Map<?, ?>) declaration, value)) {
                throw new IllegalArgumentException("parameter " + name + " refuses '" + value + "'");
            }
        });
        values.putAll(parameters);
        values.put("AWS::AccountId", account);
        values.put("AWS::Partition", "aws");
        Object rules = template.get("Rules");
        if (rules != null) {
            ((Map<?, ?>) rules).forEach((name, rule) -> check((String) name, (Map<?, ?>) rule));
        }
    }

    /**
     * Checks one template rule as CloudFormation does before it creates the stack: when the rule has no
     * {@code RuleCondition} or it holds, every {@code Assert} must hold, else the values are refused with the
     * assertion's description
     * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html).
     */
    private void check(String name, Map<?, ?> rule) {
        Object condition = rule.get("RuleCondition");
        if (condition != null && !evaluate(condition)) {
            return;
        }
        for (Object assertion : (List<?>) rule.get("Assertions")) {
            if (!evaluate(((Map<?, ?>) assertion).get("Assert"))) {
                throw new IllegalArgumentException("rule " + name + ": " + ((Map<?, ?>) assertion)
                        .get("AssertDescription"));
            }
        }
    }

    /**
     * {@return whether CloudFormation accepts {@code value} for a parameter declared as {@code declaration}}: the
     * {@code AllowedPattern} "must match the entire parameter value", in Java's regex syntax
     * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html,
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-regexes.html)
     */
    static boolean allowed(Map<?, ?> declaration, String value) {
        Object pattern = declaration.get("AllowedPattern");
        Object min = declaration.get("MinLength");
        Object max = declaration.get("MaxLength");
        Object choices = declaration.get("AllowedValues");
        return (pattern == null || Pattern.compile((String) pattern).matcher(value).matches())
                && (min == null || value.length() >= ((Number) min).intValue())
                && (max == null || value.length() <= ((Number) max).intValue())
                && (choices == null || ((List<?>) choices).contains(value));
    }

    /** {@return the properties of resource {@code logicalId}, resolved} */
    Map<?, ?> properties(String logicalId) {
        Map<?, ?> resource = (Map<?, ?>) ((Map<?, ?>) template.get("Resources")).get(logicalId);
        return (Map<?, ?>) resolve(resource.get("Properties"));
    }

    Object resolve(Object value) {
        if (value instanceof List) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                Object resolved = resolve(item);
                if (resolved != NO_VALUE) {
                    items.add(resolved);
                }
            }
            return items;
        }
        if (!(value instanceof Map)) {
            return value;
        }
        Map<?, ?> object = (Map<?, ?>) value;
        if (object.size() == 1) {
            Object key = object.keySet().iterator().next();
            Object argument = object.get(key);
            if ("Ref".equals(key)) {
                return "AWS::NoValue".equals(argument) ? NO_VALUE : lookup((String) argument);
            }
            if ("Fn::Sub".equals(key)) {
                return sub((String) argument);
            }
            if ("Fn::If".equals(key)) {
                List<?> arguments = (List<?>) argument;
                return resolve(condition((String) arguments.get(0)) ? arguments.get(1) : arguments.get(2));
            }
            if ("Fn::FindInMap".equals(key)) {
                List<?> keys = (List<?>) argument;
                Map<?, ?> map = (Map<?, ?>) ((Map<?, ?>) template.get("Mappings")).get(resolve(keys.get(0)));
                Map<?, ?> top = (Map<?, ?>) map.get(resolve(keys.get(1)));
                if (top == null) {
                    throw new AssertionError("mapping " + keys.get(0) + " has no key '" + resolve(keys.get(1)) + "'");
                }
                return Objects.requireNonNull(top.get(resolve(keys.get(2))), keys::toString);
            }
            if (key.toString().startsWith("Fn::")) {
                throw new AssertionError("unexpected intrinsic function " + key);
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        object.forEach((k, v) -> {
            Object item = resolve(v);
            if (item != NO_VALUE) {
                resolved.put((String) k, item);
            }
        });
        return resolved;
    }

    private String lookup(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new AssertionError("reference to undeclared " + name);
        }
        return value;
    }

    private String sub(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).isEmpty()
                    ? lookup(matcher.group(2)) : "${" + matcher.group(2) + "}"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private boolean condition(String name) {
        Object expression = ((Map<?, ?>) template.get("Conditions")).get(name);
        if (expression == null) {
            throw new AssertionError("undeclared condition " + name);
        }
        return evaluate(expression);
    }

    private boolean evaluate(Object expression) {
        Map<?, ?> object = (Map<?, ?>) expression;
        Object key = object.keySet().iterator().next();
        Object argument = object.get(key);
        switch ((String) key) {
            case "Condition":
                return condition((String) argument);
            case "Fn::Not":
                return !evaluate(((List<?>) argument).get(0));
            case "Fn::And":
                return ((List<?>) argument).stream().allMatch(this::evaluate);
            case "Fn::Equals":
                List<?> sides = (List<?>) argument;
                return resolve(sides.get(0)).equals(resolve(sides.get(1)));
            default:
                throw new AssertionError("unexpected condition function " + key);
        }
    }
}
