package dev.rudderiam.validation.rules;

import dev.rudderiam.pattern.Glob;
import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.StatementElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a statement's {@code Action} or {@code NotAction}. Its JSON pointer, service prefix and name are built
 * only when a rule needs them, and what it names in the service reference is looked up once per run.
 */
final class ActionEntry extends PatternEntry {
    private final Action action;
    private final int statement;
    private final StatementElement element;
    private final int position;
    private final int size;
    /** Where the {@code :} is, -1 when there is none; -2 until looked up. */
    private int colon = -2;
    private ReferenceIndex.@Nullable Resolution resolution;
    private @Nullable ReferenceIndex resolvedIn;

    private final Resolutions resolutions;

    private ActionEntry(Action action, int statement, StatementElement element, int position, int size,
            Resolutions resolutions) {
        this.action = action;
        this.resolutions = resolutions;
        this.statement = statement;
        this.element = element;
        this.position = position;
        this.size = size;
    }

    static ActionEntry[] of(int statement, StatementElement element, List<Action> values, Resolutions resolutions) {
        ActionEntry[] entries = new ActionEntry[values.size()];
        for (int j = 0; j < entries.length; j++) {
            entries[j] = new ActionEntry(values.get(j), statement, element, j, entries.length, resolutions);
        }
        return entries;
    }

    /** {@return the action as written} */
    Action action() {
        return action;
    }

    /** {@return how the entry reads: Actions compare ignoring case} */
    @Override
    Glob.Syntax syntax() {
        return Glob.Syntax.ACTION;
    }

    @Override
    String text() {
        return action.value();
    }

    /** {@return what the action names in {@code reference}, looked up on the first request of the run} */
    ReferenceIndex.Resolution resolution(ReferenceIndex reference) {
        ReferenceIndex.Resolution resolved = resolution;
        if (resolved == null || resolvedIn != reference) {
            resolved = resolutions.resolve(reference, action);
            resolution = resolved;
            resolvedIn = reference;
        }
        return resolved;
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
        return colon() > 0;
    }

    /** {@return whether {@link #name()} is not empty}, without building it */
    boolean hasName() {
        int colon = colon();
        return colon < 0 ? !action.value().isEmpty() : colon < action.value().length() - 1;
    }

    private int colon() {
        if (colon == -2) {
            colon = action.value().indexOf(':');
        }
        return colon;
    }

    String path() {
        return Pointers.element(statement, element.json(), position, size);
    }
}
