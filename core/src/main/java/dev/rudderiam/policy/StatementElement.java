package dev.rudderiam.policy;

/**
 * The optional elements of a {@link Statement}, used to tell an element that is absent from one written empty
 * ({@code "Action": []}). {@code Effect} is always present.
 */
public enum StatementElement {
    SID("Sid"),
    PRINCIPAL("Principal"),
    NOT_PRINCIPAL("NotPrincipal"),
    ACTION("Action"),
    NOT_ACTION("NotAction"),
    RESOURCE("Resource"),
    NOT_RESOURCE("NotResource"),
    CONDITION("Condition");

    private final String json;

    StatementElement(String json) {
        this.json = json;
    }

    /** {@return the element's JSON key} */
    public String json() {
        return json;
    }
}
