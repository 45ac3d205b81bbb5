//! `oc-acuity instance create`: the scriptable provisioning.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use secrecy::SecretString;

use crate::context::Context;
use crate::credentials;
use crate::error::CliError;
use crate::provision::{self, Asking, Finish, Gatherer, ProvisionArgs};
use crate::validate;

#[derive(Debug, Args)]
#[command(after_long_help = CREATE_EXAMPLES)]
pub struct CreateArgs {
    /// Name of the new instance
    #[arg(long, value_name = "NAME")]
    pub name: String,

    /// The OAuth grant code Acuity sent to the redirect URI; without it (and without
    /// --code-file) the browser login runs, when prompts are allowed
    #[arg(long, value_name = "CODE", conflicts_with = "code_file")]
    pub code: Option<String>,

    /// Read the grant code from PATH, or - for stdin
    #[arg(long, value_name = "PATH|-")]
    pub code_file: Option<PathBuf>,

    /// Do not store the id and token in the keyring; print the token instead
    #[arg(long)]
    pub no_store: bool,

    #[command(flatten)]
    pub provision: ProvisionArgs,
}

const CREATE_EXAMPLES: &str = "\
Examples:
  # Try it without an account, through the built-in sandbox:
  oc-acuity --sandbox instance create --name demo --code demo-code \\
      --event-callback-url https://example.com/acuity-events

  # In CI, secrets from the environment, JSON out:
  OC_ACUITY_USER_SECRET=... OC_ACUITY_ORG_SECRET=... OC_ACUITY_CLIENT_SECRET=... \\
  oc-acuity instance create --no-input --json --name acuity-prod --code-file code.txt \\
      --client-id \"$CLIENT_ID\" --callback-url https://app.example.com/oauth/acuity \\
      --event-callback-url https://app.example.com/events --tag prod";

/// Runs `instance create`.
pub async fn create(ctx: &Context, args: CreateArgs) -> anyhow::Result<ExitCode> {
    let p = &args.provision;
    credentials::check_single_stdin([
        ("--code-file", args.code_file.as_deref()),
        ("--user-secret-file", ctx.user_secret_file.as_deref()),
        ("--org-secret-file", ctx.org_secret_file.as_deref()),
        ("--client-secret-file", p.client_secret_file.as_deref()),
        ("--signature-key-file", p.signature_key_file.as_deref()),
    ])?;
    validate::non_empty(&args.name).map_err(|e| CliError::usage(format!("--name: {e}")))?;
    let code = grant_code(args.code.as_deref(), args.code_file.as_deref())?;
    let gatherer = Gatherer::new(ctx, Asking::Required);
    let may_prompt = gatherer.may_prompt();
    if code.is_none() && !may_prompt {
        return Err(CliError::usage(
            "no grant code: pass --code CODE or --code-file PATH|- with the code Acuity sent to \
             your redirect URI (or run on a terminal without --no-input for the browser login)",
        ));
    }
    let settings = gatherer.gather(p, Some(args.name.clone()), None).await?;
    let client = ctx.client(&settings.auth).await?;
    let code = match code {
        Some(code) => code,
        None => provision::authorize(&client, &settings.oauth, p, may_prompt).await?,
    };
    let finish = Finish {
        store: !args.no_store,
        show_token: p.show_token,
    };
    provision::create_and_report(ctx, &client, settings, code, finish).await
}

/// `--code` or `--code-file`, validated; `None` when neither is given.
fn grant_code(
    code: Option<&str>,
    code_file: Option<&std::path::Path>,
) -> anyhow::Result<Option<SecretString>> {
    if let Some(path) = code_file {
        return Ok(Some(credentials::read_value_file("--code-file", path)?.0));
    }
    code.map(|code| {
        validate::non_empty(code)
            .map(SecretString::from)
            .map_err(|e| CliError::usage(format!("--code: {e}")))
    })
    .transpose()
}
