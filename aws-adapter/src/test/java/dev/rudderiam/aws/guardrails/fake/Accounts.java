package dev.rudderiam.aws.guardrails.fake;

/**
 * The example account of the guardrail tests: 111122223333 in organization o-acme12345678 (managed from
 * 999988887777) below two OUs, with FullAWSAccess at every level, a region-deny SCP at the lower OU, a
 * data-perimeter RCP at the root, and bucket acme-events with a TLS-only policy encrypted by default with a
 * customer managed key.
 */
public final class Accounts {
    public static final String ACCOUNT = "111122223333";
    public static final String MANAGEMENT = "999988887777";
    public static final String ORGANIZATION = "o-acme12345678";
    public static final String ROOT = "r-ab12";
    public static final String TOP_OU = "ou-ab12-11111111";
    public static final String LOWER_OU = "ou-ab12-22222222";
    public static final String BUCKET = "acme-events";
    public static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public static final String SCP = "SERVICE_CONTROL_POLICY";
    public static final String RCP = "RESOURCE_CONTROL_POLICY";

    public static final String FULL_ACCESS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
    public static final String REGION_DENY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"DenyOtherRegions","Effect":"Deny","NotAction":["iam:*","sts:*"],
             "Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1"]}}}]}""";
    public static final String PERIMETER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"EnforceOrgIdentities","Effect":"Deny","Principal":"*",
             "Action":["s3:*","sts:AssumeRole","kms:*"],"Resource":"*",
             "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-acme12345678"},
                          "BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}""";
    public static final String TLS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"TlsOnly","Effect":"Deny","Principal":"*","Action":"s3:*",
             "Resource":["arn:aws:s3:::acme-events","arn:aws:s3:::acme-events/*"],
             "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
    public static final String KEY_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Admins","Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::111122223333:role/key-admin"},"Action":"kms:*","Resource":"*"}]}""";

    private Accounts() {
    }

    /** {@return the example account's world} */
    public static GuardrailWorld world() {
        return new GuardrailWorld()
                .bucket(BUCKET, ACCOUNT, TLS_ONLY, KEY)
                .key(KEY, KEY_POLICY)
                .organization(ORGANIZATION, MANAGEMENT)
                .root(ROOT, SCP, RCP)
                .parent(ACCOUNT, LOWER_OU).parent(LOWER_OU, TOP_OU).parent(TOP_OU, ROOT)
                .attach(ROOT, SCP, "p-FullAWSAccess", "FullAWSAccess", FULL_ACCESS)
                .attach(TOP_OU, SCP, "p-FullAWSAccess", "FullAWSAccess", FULL_ACCESS)
                .attach(LOWER_OU, SCP, "p-FullAWSAccess", "FullAWSAccess", FULL_ACCESS)
                .attach(LOWER_OU, SCP, "p-regiondeny1", "region-deny", REGION_DENY)
                .attach(ACCOUNT, SCP, "p-FullAWSAccess", "FullAWSAccess", FULL_ACCESS)
                .attach(ROOT, RCP, "p-perimeter1", "data-perimeter", PERIMETER);
    }
}
