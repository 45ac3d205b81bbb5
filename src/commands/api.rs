//! `oc-acuity api PATH`: any platform call with the profile's credentials, JSON out, as
//! `gh api` makes any GitHub call.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::app::Context;
use crate::app::api::{self, ApiRequest};
use crate::report::Reporter;

#[derive(Debug, Args)]
#[command(after_long_help = API_EXAMPLES)]
pub struct ApiArgs {
    /// The path below the API root (`instances`, `/instances/123`), a `?query` allowed; an
    /// absolute URL is refused, since the credentials go only to the API root
    #[arg(value_name = "PATH")]
    pub path: String,

    /// GET, POST, PUT, PATCH or DELETE [default: GET, or POST when a body is given]
    #[arg(short = 'X', long, value_name = "METHOD")]
    pub method: Option<String>,

    /// A body field KEY=VALUE (numbers, true, false and null as JSON, anything else a
    /// string); with GET, a query parameter (repeatable)
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,

    /// The request body, as it is: a JSON file, or - for stdin
    #[arg(long, value_name = "FILE|-", conflicts_with = "fields")]
    pub input: Option<PathBuf>,

    /// Follow every page (`elements-next-page-token`) and print one JSON array (GET only)
    #[arg(long)]
    pub paginate: bool,

    /// Call as an instance: its token is added (`Element TOKEN`) [default ID: the
    /// profile's stored instance]
    #[arg(long, value_name = "ID", num_args = 0..=1)]
    pub instance: Option<Option<u64>>,
}

const API_EXAMPLES: &str = "\
Examples:
  # The account's instances named like acuity-prod, with configuration and tags:
  oc-acuity api 'instances?searchText=acuity-prod&hydrate=true'

  # Every page of a listing, as one JSON array (with GET, fields are query parameters):
  oc-acuity api --method GET instances --field 'tags[]=prod' --paginate

  # The platform's record of events for instance 12345:
  oc-acuity api instances/12345/events

  # Change an instance's name (a body of fields makes it a POST unless told):
  oc-acuity api --method PATCH instances/12345 --field name=acuity-staging

  # A raw JSON body from a file:
  oc-acuity api --method PATCH instances/12345/configuration/67 --input config.json

  # Disable the stored instance, as that instance (its token added):
  oc-acuity api --method DELETE instances/enabled --instance";

pub async fn run(ctx: &Context, reporter: Reporter, args: ApiArgs) -> anyhow::Result<ExitCode> {
    let request = ApiRequest {
        method: args.method,
        path: args.path,
        fields: args.fields,
        input: args.input,
        paginate: args.paginate,
        instance: args.instance,
    };
    let answer = api::call(ctx, request).await?;
    reporter.print(&answer)?;
    Ok(ExitCode::SUCCESS)
}
