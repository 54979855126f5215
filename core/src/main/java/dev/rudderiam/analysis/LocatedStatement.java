package dev.rudderiam.analysis;

import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.pattern.StatementPattern;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/** A statement with where it is and its patterns, compiled once with its document's version. */
record LocatedStatement(StatementRef ref, Statement statement, StatementPattern pattern) {
    /** {@return the statements of {@code documents}, each compiled, in order} */
    static List<LocatedStatement> locate(StatementRef.Source source, List<PolicyDocument> documents) {
        List<LocatedStatement> out = new ArrayList<>();
        for (int p = 0; p < documents.size(); p++) {
            PolicyDocument document = documents.get(p);
            boolean variables = StatementPattern.variablesSupported(document);
            for (int s = 0; s < document.statements().size(); s++) {
                Statement statement = document.statements().get(s);
                out.add(new LocatedStatement(new StatementRef(source, p, s, statement.sid(), statement.effect()),
                        statement, StatementPattern.of(statement, variables)));
            }
        }
        return out;
    }
}
