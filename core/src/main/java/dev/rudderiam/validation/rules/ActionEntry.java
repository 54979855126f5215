package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a statement's {@code Action} or {@code NotAction}, with its JSON pointer.
 *
 * @param action the action as written
 * @param path its JSON pointer
 * @param position its index in its element
 */
record ActionEntry(Action action, String path, int position) {

    /** {@return the entries of {@code Action} and then {@code NotAction}} */
    static List<ActionEntry> of(int index, Statement statement) {
        List<ActionEntry> entries = new ArrayList<>();
        add(entries, index, StatementElement.ACTION, statement.actions());
        add(entries, index, StatementElement.NOT_ACTION, statement.notActions());
        return entries;
    }

    /** {@return the entries of {@code Action} only} */
    static List<ActionEntry> actions(int index, Statement statement) {
        List<ActionEntry> entries = new ArrayList<>();
        add(entries, index, StatementElement.ACTION, statement.actions());
        return entries;
    }

    private static void add(List<ActionEntry> entries, int index, StatementElement element, List<Action> values) {
        for (int j = 0; j < values.size(); j++) {
            entries.add(new ActionEntry(values.get(j), Pointers.element(index, element.json(), j, values.size()), j));
        }
    }
}
