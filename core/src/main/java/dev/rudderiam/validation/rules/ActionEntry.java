package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a statement's {@code Action} or {@code NotAction}; its JSON pointer, service prefix and name are
 * built only when a rule needs them.
 *
 * @param action the action as written
 * @param statement the statement's index
 * @param element the element it is in
 * @param position its index in the element
 * @param size how many values the element has
 */
record ActionEntry(Action action, int statement, StatementElement element, int position, int size) {

    static List<ActionEntry> of(int statement, StatementElement element, List<Action> values) {
        List<ActionEntry> entries = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            entries.add(new ActionEntry(values.get(j), statement, element, j, values.size()));
        }
        return entries;
    }

    /** {@return the service prefix, {@link Action#service()}} */
    String service() {
        return action.service();
    }

    /** {@return the action name, {@link Action#name()}} */
    String name() {
        return action.name();
    }

    /** {@return whether {@link #service()} is not empty}, without building it */
    boolean hasService() {
        return action.value().indexOf(':') > 0;
    }

    /** {@return whether {@link #name()} is not empty}, without building it */
    boolean hasName() {
        String value = action.value();
        int colon = value.indexOf(':');
        return colon < 0 ? !value.isEmpty() : colon < value.length() - 1;
    }

    String path() {
        return Pointers.element(statement, element.json(), position, size);
    }
}
