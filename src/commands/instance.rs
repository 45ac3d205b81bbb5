//! `oc-acuity instance ...`: create (the scriptable provisioning), list, show, delete,
//! token, and events enable/disable.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::IdArg;
use crate::context::{Context, pick};
use crate::credentials;
use crate::error::CliError;
use crate::keyring::Item;
use crate::platform::{Client, EventsUpdate, Instance};
use crate::provision::{self, Asking, Finish, Gatherer, ProvisionArgs};
use crate::{output, prompt, validate};

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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only instances with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only instances whose name contains this text (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum EventsCommand {
    /// Turn events on, delivered to --event-callback-url
    Enable(EnableArgs),
    /// Turn events off
    Disable(IdArg),
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    /// Where the platform POSTs events [env: OC_ACUITY_EVENT_CALLBACK_URL]
    #[arg(long, value_name = "URL")]
    pub event_callback_url: Option<String>,
    #[command(flatten)]
    pub id: IdArg,
}

/// One instance as `list`, `show` and `events` print it (`--json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown {
    id: u64,
    name: String,
    events_enabled: bool,
    event_callback_url: Option<String>,
    valid: Option<bool>,
    disabled: Option<bool>,
    created_date: String,
    tags: Vec<String>,
    webhook_url: String,
}

fn shown(client: &Client, instance: &Instance) -> Shown {
    Shown {
        id: instance.id,
        name: instance.name.clone(),
        events_enabled: instance.events_enabled().unwrap_or(false),
        event_callback_url: instance.event_callback_url().map(str::to_owned),
        valid: instance.valid,
        disabled: instance.disabled,
        created_date: instance.created_date.clone(),
        tags: instance.tags.clone(),
        webhook_url: client.webhook_url(instance.id).into(),
    }
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "?",
    }
}

/// `instance list`: every Acuity instance of the account, as a table or a JSON array.
pub async fn list(ctx: &Context, args: ListArgs) -> anyhow::Result<ExitCode> {
    let (client, sources) = ctx.platform_client().await?;
    let instances = client
        .list_instances()
        .await
        .map_err(|e| provision::explain_rejection(e, &sources))?;
    let needle = args.name.as_deref().map(str::to_lowercase);
    let rows: Vec<Shown> = instances
        .iter()
        .filter(|i| args.tag.as_ref().is_none_or(|t| i.tags.contains(t)))
        .filter(|i| {
            needle
                .as_ref()
                .is_none_or(|n| i.name.to_lowercase().contains(n))
        })
        .map(|i| shown(&client, i))
        .collect();
    if ctx.json {
        return output::json(&rows).map(|()| ExitCode::SUCCESS);
    }
    let table: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                r.id.to_string(),
                r.name.clone(),
                if r.events_enabled { "on" } else { "off" }.to_owned(),
                yes_no(r.valid).to_owned(),
                r.created_date.clone(),
                r.tags.join(","),
            ]
        })
        .collect();
    print_table(["ID", "NAME", "EVENTS", "VALID", "CREATED", "TAGS"], &table);
    output::info(format!("{} instance(s)", rows.len()));
    Ok(ExitCode::SUCCESS)
}

/// Prints aligned columns; the last one is not padded.
fn print_table<const N: usize>(header: [&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(str::len);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == N {
                text.push_str(cell);
            } else {
                text.push_str(&format!("{cell:<width$}  ", width = widths[i]));
            }
        }
        println!("{}", text.trim_end());
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}

/// `instance show [ID]`.
pub async fn show(ctx: &Context, args: IdArg) -> anyhow::Result<ExitCode> {
    let id = ctx.instance_id(args.id)?;
    let (client, sources) = ctx.platform_client().await?;
    let instance = client
        .get_instance(id)
        .await
        .map_err(|e| provision::explain_rejection(e, &sources))?;
    print_shown(ctx, &shown(&client, &instance))
}

fn print_shown(ctx: &Context, s: &Shown) -> anyhow::Result<ExitCode> {
    if ctx.json {
        output::json(s)?;
    } else {
        println!("ID:          {}", s.id);
        println!("Name:        {}", s.name);
        println!(
            "Events:      {}",
            match (&s.event_callback_url, s.events_enabled) {
                (Some(url), true) => format!("on, delivered to {url}"),
                _ => "off".to_owned(),
            }
        );
        println!("Valid:       {}", yes_no(s.valid));
        println!("Disabled:    {}", yes_no(s.disabled));
        println!("Created:     {}", s.created_date);
        println!("Tags:        {}", s.tags.join(", "));
        println!("Webhook URL: {}", s.webhook_url);
    }
    Ok(ExitCode::SUCCESS)
}

/// `instance delete [ID]`: asks first; deleting the stored instance also removes its
/// keyring entries.
pub async fn delete(ctx: &Context, args: DeleteArgs) -> anyhow::Result<ExitCode> {
    if !args.yes && ctx.no_input {
        return Err(CliError::usage(
            "instance delete asks for confirmation: pass --yes with --no-input",
        ));
    }
    let id = ctx.instance_id(args.id.id)?;
    let (client, sources) = ctx.platform_client().await?;
    if !args.yes
        && !prompt::confirm(
            format!("Delete instance {id} on the platform? This cannot be undone."),
            false,
        )
        .await?
    {
        output::info("Nothing was deleted.");
        return Ok(ExitCode::from(crate::error::exit::FAILURE));
    }
    let stored = ctx.is_stored_instance(id);
    client
        .delete_instance(id)
        .await
        .map_err(|e| provision::explain_rejection(e, &sources))?;
    if stored {
        for item in [Item::InstanceId, Item::InstanceToken] {
            ctx.keyring().delete(&ctx.profile, item)?;
        }
    }
    if ctx.json {
        output::json(&serde_json::json!({"deleted": id, "keyringEntriesRemoved": stored}))?;
    } else {
        println!("Deleted instance {id}");
        if stored {
            output::info(format!(
                "Removed its id and token from profile {:?}'s keyring entries.",
                ctx.profile
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `instance token`: the stored token alone on stdout, for `$(...)`.
pub async fn token(ctx: &Context) -> anyhow::Result<ExitCode> {
    match ctx.keyring().get(&ctx.profile, Item::InstanceToken)? {
        Some(token) => {
            output::scalar(ctx.json, "token", token.expose_secret())?;
            Ok(ExitCode::SUCCESS)
        }
        None => Err(CliError::Credentials(format!(
            "profile {:?} has no stored instance token (service {}): run `oc-acuity auth` or `oc-acuity instance create`",
            ctx.profile,
            ctx.keyring().service()
        ))
        .into()),
    }
}

/// `instance events enable|disable [ID]`.
pub async fn events(ctx: &Context, command: EventsCommand) -> anyhow::Result<ExitCode> {
    let (update, id) = match command {
        EventsCommand::Disable(id) => (EventsUpdate::Disable, id.id),
        EventsCommand::Enable(args) => {
            let saved = ctx.config.profile(&ctx.profile).event_callback_url;
            let (url, origin) = pick(args.event_callback_url, "--event-callback-url", "OC_ACUITY_EVENT_CALLBACK_URL")
                .or_else(|| saved.map(|v| (v, "event-callback-url in the config file")))
                .ok_or_else(|| CliError::usage("events need a destination: pass --event-callback-url URL (or set OC_ACUITY_EVENT_CALLBACK_URL)"))?;
            let url =
                validate::http_url(&url).map_err(|e| CliError::usage(format!("{origin}: {e}")))?;
            (
                EventsUpdate::Enable {
                    callback_url: url.into(),
                },
                args.id.id,
            )
        }
    };
    let id = ctx.instance_id(id)?;
    let (client, sources) = ctx.platform_client().await?;
    let instance = client
        .set_events(id, &update)
        .await
        .map_err(|e| provision::explain_rejection(e, &sources))?;
    print_shown(ctx, &shown(&client, &instance))
}
