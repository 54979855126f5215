package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a statement's {@code Action} or {@code NotAction}; its JSON pointer is built only when a finding
 * needs it.
 *
 * @param action the action as written
 * @param service its service prefix, {@link Action#service()} computed once
 * @param name its action name, {@link Action#name()} computed once
 * @param statement the statement's index
 * @param element the element it is in
 * @param position its index in the element
 * @param size how many values the element has
 */
record ActionEntry(Action action, String service, String name, int statement, StatementElement element, int position,
        int size) {

    static List<ActionEntry> of(int statement, StatementElement element, List<Action> values) {
        List<ActionEntry> entries = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            Action action = values.get(j);
            entries.add(new ActionEntry(action, action.service(), action.name(), statement, element, j, values.size()));
        }
        return entries;
    }

    String path() {
        return Pointers.element(statement, element.json(), position, size);
    }
}
