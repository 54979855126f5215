package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The command-line examples of the README (catalog section), with the output shown there. */
class ReadmeCliTest {
    @Test
    void theS3RoleExamplePrintsTheReadmeOutput() {
        CliRun run = CliRun.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "rudderstack-s3",
                "--description", "RudderStack S3 destination", "--tag", "team=data",
                "--destination", "S3", "--param", "bucketName=acme-events", "--pretty");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
{
  "roleName" : "rudderstack-s3",
  "path" : "/",
  "description" : "RudderStack S3 destination",
  "maxSessionDuration" : 3600,
  "trustPolicy" : {
    "Version" : "2012-10-17",
    "Statement" : [ {
      "Effect" : "Allow",
      "Principal" : {
        "AWS" : "arn:aws:iam::422074288268:root"
      },
      "Action" : "sts:AssumeRole",
      "Condition" : {
        "StringEquals" : {
          "sts:ExternalId" : "2Nk4t3WkHTGYzbTvG2zLXJXKNoF"
        }
      }
    } ]
  },
  "permissionPolicies" : {
    "rudderstack-s3" : {
      "Version" : "2012-10-17",
      "Statement" : [ {
        "Sid" : "S3UploadObjects",
        "Effect" : "Allow",
        "Action" : [ "s3:PutObject", "s3:PutObjectAcl", "s3:AbortMultipartUpload" ],
        "Resource" : "arn:aws:s3:::acme-events/*"
      }, {
        "Sid" : "S3ListDateFolders",
        "Effect" : "Allow",
        "Action" : "s3:ListBucket",
        "Resource" : "arn:aws:s3:::acme-events",
        "Condition" : {
          "StringLike" : {
            "s3:prefix" : [ "rudder-logs/*", "*/rudder-logs/*" ]
          }
        }
      } ]
    }
  },
  "managedPolicyArns" : [ ],
  "permissionsBoundary" : null,
  "tags" : {
    "team" : "data"
  },
  "findings" : [ ]
}
""", run.out());
    }

    @Test
    void theDestinationsTableIsTheOneInTheReadme() {
        CliRun run = CliRun.of("destinations");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
ID                             NAME                                                                PARAMETERS
S3                             Amazon S3                                                           bucketName*, prefix, kmsKeyArn
KINESIS                        Amazon Kinesis                                                      region*, accountId*, streamName*, kmsKeyArn
FIREHOSE                       Amazon Kinesis Firehose                                             region*, accountId*, deliveryStreams*
EVENTBRIDGE                    AWS EventBridge                                                     region, accountId, eventBusName
LAMBDA                         AWS Lambda                                                          region, accountId, functionName
PERSONALIZE                    AWS Personalize                                                     eventChoice, datasetArn
RS                             Amazon Redshift: S3 staging bucket                                  bucketName*, cleanup, kmsKeyArn
RS_IAM_AUTH                    Amazon Redshift: IAM database authentication (provisioned cluster)  region*, accountId*, clusterId*, dbUser*, dbName*
RS_SERVERLESS_IAM_AUTH         Amazon Redshift: IAM database authentication (Serverless)           region*, accountId*, workgroupId
S3_DATALAKE                    Amazon S3 Data Lake                                                 bucketName*, cleanup, useGlue, timeWindowLayout, region, accountId, namespace, kmsKeyArn
SNOWFLAKE                      Snowflake: S3 staging bucket                                        bucketName*, cleanup, kmsKeyArn, storageIntegration
SNOWFLAKE_STORAGE_INTEGRATION  Snowflake: storage integration on the same role                     bucketName*, prefix, snowflakeUserArn*, snowflakeExternalId*, unload, purge, kmsKeyArn
DELTALAKE                      Databricks Delta Lake: S3 staging bucket                            bucketName*, cleanup, kmsKeyArn
POSTGRES                       PostgreSQL: S3 staging bucket                                       bucketName*, cleanup, kmsKeyArn
MSSQL                          Microsoft SQL Server: S3 staging bucket                             bucketName*, cleanup, kmsKeyArn
CLICKHOUSE                     ClickHouse: S3 staging bucket                                       bucketName*, cleanup, kmsKeyArn
AZURE_SYNAPSE                  Azure Synapse: S3 staging bucket                                    bucketName*, cleanup, kmsKeyArn
* required. Types, defaults and descriptions: destinations --output json
""", run.out());
    }
}
