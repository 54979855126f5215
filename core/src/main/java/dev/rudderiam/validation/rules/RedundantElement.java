package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Values of one statement element that repeat or that another value's wildcard already covers:
 * {@code REDUNDANT_ACTION} (actions compare ignoring case) and {@code REDUNDANT_RESOURCE} (resources compare
 * exactly; {@code *} in an ARN spans {@code /} and {@code :}, so {@code arn:aws:s3:::b*} covers
 * {@code arn:aws:s3:::b*}{@code /*}). One finding per group of linked values, at the first value of the group.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards">Resource:
 *     wildcards</a>
 */
final class RedundantElement extends StatementRule {
    private final StatementElement element;
    private final String noun;

    private RedundantElement(String code, StatementElement element, String noun) {
        super(code, Severity.SUGGESTION, "No " + noun + " of a statement is covered by another.", Types.ALL);
        this.element = element;
        this.noun = noun;
    }

    static RedundantElement actions() {
        return new RedundantElement("REDUNDANT_ACTION", StatementElement.ACTION, "action");
    }

    static RedundantElement resources() {
        return new RedundantElement("REDUNDANT_RESOURCE", StatementElement.RESOURCE, "resource");
    }

    @Override
    public Set<StatementElement> inspects() {
        return Set.of(element);
    }

    @Override
    void check(StatementView view, List<Finding> findings) {
        int index = view.index;
        Statement statement = view.statement;
        int size = element == StatementElement.ACTION ? statement.actions().size() : statement.resources().size();
        if (size < 2) {
            return;
        }
        PatternEntry[] written = element == StatementElement.ACTION ? view.actions() : view.resources();
        for (List<Integer> group : Redundancy.groups(written, size, element == StatementElement.ACTION,
                view.effort)) {
            List<String> linked = new ArrayList<>();
            group.forEach(i -> linked.add(written[i].text()));
            findings.add(finding(Pointers.element(index, element.json(), group.get(0), size), "The "
                    + group.size() + " " + noun + "s " + linked + " in statement " + index + " cover each other"
                    + " through repetition or wildcards: keep one " + noun + " that covers them all."));
        }
    }
}
