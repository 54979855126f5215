package dev.rudderiam.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.pattern.Glob.Syntax;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wildcard and policy-variable rules of {@link Glob}, one documented case each:
 * <ul>
 *   <li><a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action</a>:
 *       {@code *} and {@code ?} wildcards, names compared ignoring case;</li>
 *   <li><a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards">Resource</a>:
 *       {@code *} (any run of characters, possibly empty) and {@code ?} (exactly one), case-sensitive;</li>
 *   <li><a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">policy
 *       variables</a>: {@code ${key}} replaced by the request's value, {@code ${key, 'default'}} with {@code ''}
 *       for a quote, the key's case ignored, {@code ${*}}, {@code ${?}} and {@code ${$}} for the literal
 *       characters, and a variable with no value (and no default) matching nothing; in a {@code 2008-10-17}
 *       policy {@code ${...}} is plain text.</li>
 * </ul>
 */
class GlobTest {

    private static Glob action(String text) {
        return Glob.of(text, Syntax.ACTION);
    }

    private static Glob resource(String text) {
        return Glob.of(text, Syntax.PATTERN);
    }

    private static Glob.Variables user(String name) {
        return key -> key.equals("aws:username") ? name : null;
    }

    @Test
    void aSyntaxWithoutVariablesReadsVariablesAsText() {
        assertEquals(Syntax.PATTERN_NO_VARIABLES, Syntax.PATTERN.withoutVariables());
        assertEquals(Syntax.PLAIN, Syntax.LITERAL.withoutVariables());
        assertEquals(Syntax.PLAIN_IGNORE_CASE, Syntax.LITERAL_IGNORE_CASE.withoutVariables());
        assertEquals(Syntax.ACTION, Syntax.ACTION.withoutVariables());
        assertEquals(Syntax.PLAIN, Syntax.PLAIN.withoutVariables());
        assertEquals(Syntax.PATTERN_NO_VARIABLES, Syntax.PATTERN_NO_VARIABLES.withoutVariables());
    }

    @Test
    void aWildcardIsAStarOrAQuestionMarkButNotAVariable() {
        assertTrue(Glob.hasWildcard("s3:Get*"));
        assertTrue(Glob.hasWildcard("arn:aws:s3:::b?"));
        assertFalse(Glob.hasWildcard("arn:aws:s3:::b/${aws:username}"));
        assertFalse(Glob.hasWildcard(""));
    }

    @Test
    void actionsMatchIgnoringCase() {
        assertTrue(action("s3:GetObject").matches("S3:GETOBJECT"));
        assertTrue(action("S3:get*").matches("s3:GetObject"));
        assertTrue(action("s3:?etObject").matches("S3:GETOBJECT"));
        assertTrue(action("s3:*Object").matches("S3:GetOBJECT"));
        assertFalse(action("s3:Get*").matches("s3:PutObject"));
        assertFalse(action("s3:GetObject").matches("s3:GetObjectAcl"));
    }

    @Test
    void resourcesMatchCaseSensitively() {
        assertTrue(resource("arn:aws:s3:::b/k").matches("arn:aws:s3:::b/k"));
        assertFalse(resource("arn:aws:s3:::b/k").matches("arn:aws:s3:::B/k"));
        assertFalse(resource("arn:aws:s3:::b/*").matches("arn:aws:s3:::B/k"));
        assertFalse(resource("arn:aws:s3:::b/*").matches("arn:aws:s3:::b"), "the prefix must be there whole");
        assertTrue(resource("arn:aws:s3:::b/*").matches("arn:aws:s3:::b/"), "* matches the empty run");
        assertFalse(resource("arn:aws:s3:::*/K").matches("arn:aws:s3:::b/k"));
        assertTrue(resource("*").matches(""));
    }

    @Test
    void aQuestionMarkIsExactlyOneCharacter() {
        assertTrue(resource("arn:aws:s3:::b?").matches("arn:aws:s3:::b1"));
        assertFalse(resource("arn:aws:s3:::b?").matches("arn:aws:s3:::b"));
        assertFalse(resource("arn:aws:s3:::b?").matches("arn:aws:s3:::b12"));
        assertTrue(resource("a*b?c").matches("axxbyc"));
        assertTrue(resource("a*b?c").matches("abbbyc"), "a star gives characters back");
        assertFalse(resource("a*b?c").matches("axxbc"));
    }

    @Test
    void aVariableTakesTheRequestsValue() {
        Glob home = resource("arn:aws:s3:::b/${aws:username}/*");
        assertTrue(home.matches("arn:aws:s3:::b/alice/k", user("alice")));
        assertFalse(home.matches("arn:aws:s3:::b/bob/k", user("alice")));
        assertFalse(home.matches("arn:aws:s3:::b/alice/k"), "no value: matches nothing");
        assertFalse(home.matches("arn:aws:s3:::b/${aws:username}/k"), "not even its own text");
        assertTrue(resource("arn:aws:s3:::b/${AWS:UserName}").matches("arn:aws:s3:::b/alice", user("alice")),
                "the key ignores case");
        assertTrue(resource("${aws:username}-${aws:username}").matches("al-al", user("al")));
        assertTrue(resource("?${aws:username}").matches("xal", user("al")));
        assertFalse(resource("x${aws:username}").matches("xAL", user("al")), "the value is case-sensitive here");
        assertTrue(resource("x${aws:username}").matches("xAL", user("AL")));
        assertFalse(resource("x${aws:username}").matches("xal", user("AL")));
        assertTrue(Glob.of("team-${aws:username}", Syntax.LITERAL_IGNORE_CASE).matches("TEAM-AL", user("al")));
    }

    @Test
    void aDefaultStandsInForAMissingValue() {
        Glob home = resource("arn:aws:s3:::b/${aws:username, 'anonymous'}/*");
        assertTrue(home.matches("arn:aws:s3:::b/anonymous/k"));
        assertTrue(home.matches("arn:aws:s3:::b/alice/k", user("alice")));
        assertFalse(home.matches("arn:aws:s3:::b/anonymous/k", user("alice")));
        assertTrue(resource("${aws:username,'o''brien'}").matches("o'brien"), "'' is one quote");
        assertTrue(resource("${ aws:username , '' }").matches(""), "spaces around the key and default");
    }

    @Test
    void escapesStandForTheLiteralCharacters() {
        assertTrue(resource("a${*}").matches("a*"));
        assertFalse(resource("a${*}").matches("ab"));
        assertTrue(resource("a${?}").matches("a?"));
        assertFalse(resource("a${?}").matches("ab"));
        assertTrue(resource("a${$}b").matches("a$b"));
        assertEquals("a*b", resource("a${*}b*").literalPrefix());
        assertEquals(3, resource("a${*}b").length());
        assertTrue(resource("a${*}b").isLiteral());
    }

    @Test
    void textThatIsNotAVariableStaysText() {
        assertTrue(resource("a${aws:username").matches("a${aws:username"), "no closing brace");
        assertTrue(resource("a${}").matches("a${}"), "no key");
        assertTrue(resource("a${b,c}").matches("a${b,c}"), "a default without quotes");
        assertTrue(resource("${a${aws:username}").matches("${aal", user("al")),
                "a body stops at the next variable start");
        assertTrue(resource("a$b{c}").matches("a$b{c}"));
        assertTrue(resource("a$").matches("a$"), "a dollar sign at the end");
        assertTrue(resource("x${a$").matches("x${a$"), "a dollar sign at the end of an unclosed body");
    }

    @Test
    void aVersion2008PolicyHasNoVariables() {
        Glob old = Glob.of("arn:aws:s3:::b/${aws:username}", Syntax.PATTERN_NO_VARIABLES);
        assertTrue(old.matches("arn:aws:s3:::b/${aws:username}", user("alice")));
        assertFalse(old.matches("arn:aws:s3:::b/alice", user("alice")));
        Glob star = Glob.of("a${*}", Syntax.PATTERN_NO_VARIABLES);
        assertTrue(star.matches("a${xyz}"), "the star inside is a wildcard");
        assertTrue(Glob.of("s${aws:username}", Syntax.PLAIN_IGNORE_CASE).matches("S${AWS:USERNAME}"));
        assertFalse(Glob.of("s*", Syntax.PLAIN).matches("sx"), "plain text has no wildcards");
        assertTrue(Glob.of("s*", Syntax.LITERAL).matches("s*"));
    }

    @Test
    void theLiteralPrefixIsTheTextBeforeTheFirstWildcardOrVariable() {
        assertEquals("s3:get", action("S3:Get*").literalPrefix());
        assertEquals("s3:getobject", action("S3:GetObject").literalPrefix());
        assertEquals("arn:aws:s3:::B/", resource("arn:aws:s3:::B/${aws:username}/*").literalPrefix());
        assertEquals("arn:aws:s3:::B/", resource("arn:aws:s3:::B/?").literalPrefix());
        assertEquals("", resource("*").literalPrefix());
        assertEquals("arn:aws:s3:::B/k", resource("arn:aws:s3:::B/k").literalPrefix());
    }

    @Test
    void shapeQueries() {
        assertTrue(resource("*").matchesAll());
        assertFalse(resource("**").matchesAll());
        assertFalse(resource("?").matchesAll());
        assertFalse(resource("a*").matchesAll());
        assertFalse(resource("").matchesAll());
        assertTrue(resource("abc").isLiteral());
        assertFalse(resource("a*").isLiteral());
        assertFalse(resource("a${aws:username}").isLiteral());
        assertEquals(4, resource("a*?${aws:username}").length());
        assertEquals(0, resource("").length());
        assertEquals("a*${x}", resource("a*${x}").text());
        assertEquals("a*${x}", resource("a*${x}").toString());
    }

    @Test
    void equalityIsTextAndSyntax() {
        assertEquals(resource("a*"), resource("a*"));
        assertEquals(resource("a*").hashCode(), resource("a*").hashCode());
        assertNotEquals(resource("a*"), Glob.of("a*", Syntax.PATTERN_NO_VARIABLES));
        assertNotEquals(resource("a*"), resource("A*"));
        assertNotEquals(action("a*"), action("A*"), "as written, though they match alike");
        assertNotEquals(resource("a*"), "a*");
        assertThrows(NullPointerException.class, () -> Glob.of(null, Syntax.PATTERN));
        assertThrows(NullPointerException.class, () -> Glob.of("a", null));
    }

    @Test
    void coversNeedsTheSameCaseRule() {
        assertFalse(action("*").covers(resource("a")));
        assertFalse(resource("*").covers(action("a")));
        assertTrue(action("*").covers(action("a")));
    }

    @Test
    void onlyAStarCoversAVariable() {
        Glob home = resource("arn:aws:s3:::b/${aws:username}");
        assertTrue(home.covers(home));
        assertTrue(resource("arn:aws:s3:::b/*").covers(home));
        assertTrue(resource("*").covers(home));
        assertFalse(resource("arn:aws:s3:::b/?*").covers(home), "the value may be empty");
        assertFalse(home.covers(resource("arn:aws:s3:::b/alice")));
        assertFalse(resource("arn:aws:s3:::b/alice").covers(home));
        assertFalse(home.covers(resource("arn:aws:s3:::b/${aws:userid}")));
        assertFalse(resource("b/${aws:username, 'a'}").covers(resource("b/${aws:username, 'b'}")));
        assertTrue(resource("b/${aws:username, 'a'}").covers(resource("b/${aws:username, 'a'}")));
    }

    @Test
    void theEmptyPatternCoversOnlyTheEmptyText() {
        assertTrue(resource("").covers(resource("")));
        assertFalse(resource("").covers(resource("a")));
        assertFalse(resource("").covers(resource("*")));
        assertFalse(resource("a").covers(resource("")));
        assertTrue(resource("*").covers(resource("")));
        assertTrue(resource("a*").covers(resource("a")));
    }

    @Test
    void literalsCoverEqualTextsOnly() {
        assertTrue(action("s3:GetObject").covers(action("S3:GETOBJECT")));
        assertFalse(resource("arn:aws:s3:::b").covers(resource("arn:aws:s3:::B")));
        assertFalse(resource("arn:aws:s3:::b").covers(resource("arn:aws:s3:::b*")));
        assertFalse(resource("arn:aws:s3:::b").covers(resource("arn:aws:s3:::?")));
    }

    @Test
    void aPatternCoversTheTextsAndPatternsItMatchesAll() {
        assertTrue(action("s3:Get*").covers(action("S3:GetObject")));
        assertTrue(action("S3:GET*").covers(action("s3:getobject*")));
        assertFalse(action("s3:GetObject*").covers(action("s3:Get*")));
        assertFalse(resource("arn:aws:s3:::B/*").covers(resource("arn:aws:s3:::b/*")));
        assertTrue(resource("arn:aws:s3:::b/*").covers(resource("arn:aws:s3:::b/*")));
        assertTrue(resource("a*b*c").covers(resource("axxbyyc")));
        assertTrue(resource("a*b*c").covers(resource("a?b*c")));
        assertTrue(resource("a*b*c").covers(resource("ab*bc")));
        assertFalse(resource("a*b*c").covers(resource("a*c")));
        assertFalse(resource("ab*cd").covers(resource("abcd?")), "ab*cd needs the text to end in cd");
        assertFalse(resource("ab*cd").covers(resource("abc*")));
        assertFalse(resource("ab*cd").covers(resource("ab?")), "too short for both ends");
        assertFalse(resource("ab*cd").covers(resource("?")), "shorter than the part before the star");
        assertTrue(resource("*a*b*").covers(resource("x*ab*")));
        assertFalse(resource("*a*b*").covers(resource("*b*a*")));
        assertFalse(resource("*b*").covers(resource("?")));
        assertTrue(resource("a?*").covers(resource("ab*")));
        assertFalse(resource("a?*").covers(resource("a*")));
        assertFalse(resource("?").covers(resource("*")));
        assertTrue(resource("?b").covers(resource("?b")));
        assertFalse(resource("?b").covers(resource("?B")));
        assertTrue(action("?b").covers(action("?B")));
        assertFalse(resource("a?").covers(resource("a")), "? is exactly one character");
        assertFalse(resource("a?c").covers(resource("a*c")));
    }

    /** Every character is compared as itself, the character of code 0 included. */
    @Test
    void aPatternCoversItselfWhateverItsCharacters() {
        for (String text : new String[] {"?\0", "\0*\0?", "*\0", "\0"}) {
            assertTrue(resource(text).covers(resource(text)), text);
            assertTrue(resource(text).overlaps(resource(text)), text);
        }
        assertFalse(resource("?\0").covers(resource("?a")));
        assertTrue(resource("a\0b").isLiteral());
        assertEquals("a\0b", resource("a\0b*").literalPrefix());
        assertTrue(resource("\0*\0?").matches("\0ab\0c"));
        assertFalse(resource("\0*\0?").matches("\0ab\0"));
    }

    @Test
    void overlapIsACommonTextAndVariablesMayBeAnything() {
        assertTrue(action("s3:Get*").overlaps(action("S3:*Object")));
        assertTrue(action("s3:get*").overlaps(resource("S3:GetObject")), "either side ignoring case is enough");
        assertTrue(resource("S3:GetObject").overlaps(action("s3:get*")));
        assertFalse(resource("arn:aws:s3:::b/*").overlaps(resource("arn:aws:s3:::B/*")));
        assertTrue(resource("arn:aws:s3:::b/${aws:username}").overlaps(resource("arn:aws:s3:::b/alice")));
        assertFalse(resource("arn:aws:s3:::b/${aws:username}/k").overlaps(resource("arn:aws:s3:::b/alice")));
        assertTrue(resource("a?c").overlaps(resource("a*")));
        assertFalse(resource("a?").overlaps(resource("a")));
        assertTrue(resource("a*").overlaps(resource("a")));
        assertTrue(resource("a").overlaps(resource("a*")));
        assertTrue(resource("a**").overlaps(resource("a")));
        assertTrue(resource("*a").overlaps(resource("b*")));
        assertFalse(resource("*a").overlaps(resource("*b")));
        assertTrue(resource("").overlaps(resource("*")));
        assertFalse(resource("").overlaps(resource("?")));
    }

    @Test
    void theVariablesOfARequestAreLookedUpInLowerCase() {
        Map<String, String> values = Map.of("aws:principaltag/team", "red");
        assertTrue(resource("${aws:PrincipalTag/Team}").matches("red", values::get));
        assertNull(Glob.Variables.NONE.value("aws:username"));
    }
}
