//! `oc-acuity webhook ...`: the instance's Webhook URL, and its registration at Acuity
//! through Acuity's dynamic webhooks API.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::Serialize;
use url::Url;

use super::IdArg;
use crate::acuity::{self, AcuityAuth, AcuityClient, Webhook};
use crate::context::{Context, pick};
use crate::credentials::SecretKind;
use crate::error::CliError;
use crate::platform::webhook_url;
use crate::{output, validate};

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Print the instance's Webhook URL alone (what Acuity must call)
    Url(IdArg),
    /// Register the Webhook URL at Acuity for each event (idempotent)
    Register(RegisterArgs),
    /// List the webhooks registered at Acuity for this instance (or all)
    List(ListArgs),
    /// Remove this instance's webhooks at Acuity
    Remove(RemoveArgs),
}

/// How to reach Acuity's API as the account.
#[derive(Debug, Args)]
pub struct AcuityArgs {
    /// Acuity's numeric user ID [env: OC_ACUITY_ACUITY_USER_ID]
    #[arg(long, value_name = "ID")]
    pub acuity_user_id: Option<String>,
    /// Read the Acuity API key from PATH, or - [env: OC_ACUITY_ACUITY_API_KEY]
    #[arg(long, value_name = "PATH|-")]
    pub acuity_api_key_file: Option<PathBuf>,
    /// Acuity's API root [env: OC_ACUITY_ACUITY_BASE_URL] [default: https://acuityscheduling.com/api/v1]
    #[arg(long, value_name = "URL")]
    pub acuity_base_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// An event to subscribe (repeatable) [default: appointment.scheduled,
    /// appointment.rescheduled, appointment.canceled, order.completed]
    #[arg(long = "event", value_name = "EVENT", value_parser = clap::builder::PossibleValuesParser::new(acuity::EVENTS))]
    pub events: Vec<String>,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Every webhook of the Acuity account, not only this instance's
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub id: IdArg,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

pub async fn run(ctx: &Context, command: WebhookCommand) -> anyhow::Result<ExitCode> {
    match command {
        WebhookCommand::Url(id) => {
            let url = instance_webhook_url(ctx, id.id).await?;
            output::scalar(ctx.json, "webhookUrl", url.as_str())?;
            Ok(ExitCode::SUCCESS)
        }
        WebhookCommand::Register(args) => register(ctx, args).await,
        WebhookCommand::List(args) => list(ctx, args).await,
        WebhookCommand::Remove(args) => remove(ctx, args).await,
    }
}

async fn instance_webhook_url(ctx: &Context, id: Option<u64>) -> anyhow::Result<Url> {
    let id = ctx.instance_id(id)?;
    Ok(webhook_url(&ctx.api_root().await?, id))
}

/// The Acuity client: user ID from flag, env or config; API key from file, env or
/// keyring; with `--sandbox`, demo values and the sandbox's Acuity.
async fn acuity_client(ctx: &Context, args: &AcuityArgs) -> anyhow::Result<AcuityClient> {
    let saved = ctx.config.profile(&ctx.profile).acuity_user_id;
    let user_id = match pick(
        args.acuity_user_id.clone(),
        "--acuity-user-id",
        "OC_ACUITY_ACUITY_USER_ID",
    )
    .or_else(|| saved.map(|v| (v, "--acuity-user-id")))
    {
        Some((id, origin)) => {
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
                return Err(CliError::usage(format!(
                    "{origin}: the Acuity user ID is a number, got {id:?}"
                )));
            }
            id
        }
        None if ctx.sandbox => {
            output::info("note: sandbox: using the demo Acuity user ID 1234567");
            "1234567".to_owned()
        }
        None => {
            return Err(CliError::usage(
                "no Acuity user ID: pass --acuity-user-id ID or set OC_ACUITY_ACUITY_USER_ID \
                 (Acuity: Business Settings > Integrations > API)",
            ));
        }
    };
    let resolver = ctx.resolver();
    let api_key = ctx.require_secret(
        &resolver,
        SecretKind::AcuityApiKey,
        args.acuity_api_key_file.as_deref(),
    )?;
    let root = match pick(
        args.acuity_base_url.clone(),
        "--acuity-base-url",
        "OC_ACUITY_ACUITY_BASE_URL",
    ) {
        Some((raw, origin)) => {
            validate::api_root(&raw).map_err(|e| CliError::usage(format!("{origin}: {e}")))?
        }
        None => match ctx.sandbox_acuity_root().await? {
            Some(root) => root,
            None => Url::parse(acuity::DEFAULT_API_ROOT)?,
        },
    };
    let auth = AcuityAuth {
        user_id,
        api_key: api_key.value,
    };
    AcuityClient::new(root, &auth, ctx.client_options())
}

/// One line of `register`'s result.
#[derive(Debug, Serialize)]
struct Registration {
    event: String,
    target: String,
    id: u64,
    /// created or existing.
    status: &'static str,
}

async fn register(ctx: &Context, args: RegisterArgs) -> anyhow::Result<ExitCode> {
    let events: Vec<String> = if args.events.is_empty() {
        acuity::DEFAULT_EVENTS
            .iter()
            .map(|e| e.to_string())
            .collect()
    } else {
        let mut unique: Vec<String> = Vec::new();
        for event in &args.events {
            if !unique.contains(event) {
                unique.push(event.clone());
            }
        }
        unique
    };
    let overlapping = [
        "appointment.scheduled",
        "appointment.rescheduled",
        "appointment.canceled",
    ];
    if events.iter().any(|e| e == "appointment.changed")
        && events.iter().any(|e| overlapping.contains(&e.as_str()))
    {
        output::warn(
            "appointment.changed fires for every change, so together with scheduled/rescheduled/canceled \
             Acuity delivers each change twice",
        );
    }
    let target = instance_webhook_url(ctx, args.id.id).await?.to_string();
    let client = acuity_client(ctx, &args.acuity).await?;
    let existing = client.list_webhooks().await?;

    let mut results = Vec::new();
    let mut missing = Vec::new();
    for event in &events {
        match existing
            .iter()
            .find(|w| &w.event == event && w.target == target)
        {
            Some(w) => results.push(Registration {
                event: event.clone(),
                target: target.clone(),
                id: w.id,
                status: "existing",
            }),
            None => missing.push(event.clone()),
        }
    }
    if existing.len() + missing.len() > acuity::MAX_WEBHOOKS {
        anyhow::bail!(
            "Acuity allows at most {} webhooks per account; {} exist and {} more are needed, so none was registered. \
             See them with `oc-acuity webhook list --all`; remove some (at Acuity, or `oc-acuity webhook remove INSTANCE_ID` for an instance's own), or register fewer events with --event.",
            acuity::MAX_WEBHOOKS,
            existing.len(),
            missing.len()
        );
    }
    for event in missing {
        let created = client.create_webhook(&event, &target).await?;
        results.push(Registration {
            event,
            target: target.clone(),
            id: created.id,
            status: "created",
        });
    }
    if ctx.json {
        output::json(&results)?;
    } else {
        for r in &results {
            println!(
                "{:<24} {:<8} (webhook {}) -> {}",
                r.event, r.status, r.id, r.target
            );
        }
        let created = results.iter().filter(|r| r.status == "created").count();
        output::info(format!(
            "{created} webhook(s) registered, {} already there.",
            results.len() - created
        ));
    }
    Ok(ExitCode::SUCCESS)
}

async fn list(ctx: &Context, args: ListArgs) -> anyhow::Result<ExitCode> {
    let target = if args.all {
        None
    } else {
        Some(instance_webhook_url(ctx, args.id.id).await?.to_string())
    };
    let client = acuity_client(ctx, &args.acuity).await?;
    let webhooks: Vec<Webhook> = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| target.as_ref().is_none_or(|t| &w.target == t))
        .collect();
    if ctx.json {
        output::json(&webhooks)?;
    } else {
        for w in &webhooks {
            println!("{:<6} {:<24} {:<8} {}", w.id, w.event, w.status, w.target);
        }
        output::info(format!(
            "{} webhook(s){} (Acuity allows {}).",
            webhooks.len(),
            if args.all {
                " in the account"
            } else {
                " for this instance"
            },
            acuity::MAX_WEBHOOKS
        ));
    }
    Ok(ExitCode::SUCCESS)
}

async fn remove(ctx: &Context, args: RemoveArgs) -> anyhow::Result<ExitCode> {
    let target = instance_webhook_url(ctx, args.id.id).await?.to_string();
    let client = acuity_client(ctx, &args.acuity).await?;
    let mine: Vec<Webhook> = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| w.target == target)
        .collect();
    for w in &mine {
        client.delete_webhook(w.id).await?;
        output::info(format!("Removed webhook {} ({})", w.id, w.event));
    }
    if ctx.json {
        output::json(
            &serde_json::json!({"removed": mine.iter().map(|w| w.id).collect::<Vec<_>>()}),
        )?;
    } else {
        println!("Removed {} webhook(s) pointing at {target}", mine.len());
    }
    Ok(ExitCode::SUCCESS)
}
