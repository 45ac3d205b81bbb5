//! `oc-acuity auth`: the interactive login, `auth status` and `auth logout`.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use secrecy::ExposeSecret;
use serde::Serialize;
use url::Url;

use crate::context::Context;
use crate::credentials::{self, SecretKind};
use crate::error::{CliError, exit};
use crate::keyring::Item;
use crate::platform::{ApiError, PlatformAuth};
use crate::provision::{self, Asking, Finish, Gatherer, ProvisionArgs};
use crate::{config, output, prompt, validate};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, after_long_help = AUTH_EXAMPLES)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: Option<AuthCommand>,

    #[command(flatten)]
    pub login: LoginArgs,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Where each credential comes from, and whether the stored instance works
    Status,
    /// Remove the profile's keyring entries and saved settings
    Logout(LogoutArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Name of the new instance [default: asked; "Acuity Scheduling (<profile>)"]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    #[command(flatten)]
    pub provision: ProvisionArgs,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,

    /// Also delete the instance on the platform
    #[arg(long)]
    pub delete_instance: bool,
}

const AUTH_EXAMPLES: &str = "\
Examples:
  # Log in against the built-in sandbox (no account needed):
  oc-acuity --sandbox auth

  # Log in for real; asks for whatever flags, env, keyring and config do not give:
  oc-acuity auth --callback-url http://127.0.0.1:8765/callback

  # On a machine without a browser: print the URL, paste back where Acuity sent you:
  oc-acuity auth --no-browser --callback-url https://app.example.com/oauth/acuity";

/// Known platform API roots, offered at the deployment question.
const DEPLOYMENTS: [(&str, &str); 3] = [
    ("SAP Open Connectors, US", crate::context::DEFAULT_BASE_URL),
    (
        "Cloud Elements, US",
        "https://api.cloud-elements.com/elements/api-v2",
    ),
    (
        "Cloud Elements, UK",
        "https://api.cloud-elements.co.uk/elements/api-v2",
    ),
];

pub async fn run(ctx: &Context, args: AuthArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        None => login(ctx, args.login).await,
        Some(AuthCommand::Status) => status(ctx).await,
        Some(AuthCommand::Logout(logout_args)) => logout(ctx, logout_args).await,
    }
}

async fn login(ctx: &Context, args: LoginArgs) -> anyhow::Result<ExitCode> {
    let p = &args.provision;
    credentials::check_single_stdin([
        ("--user-secret-file", ctx.user_secret_file.as_deref()),
        ("--org-secret-file", ctx.org_secret_file.as_deref()),
        ("--client-secret-file", p.client_secret_file.as_deref()),
        ("--signature-key-file", p.signature_key_file.as_deref()),
    ])?;
    let gatherer = Gatherer::new(ctx, Asking::Everything);
    let may_prompt = gatherer.may_prompt();
    if may_prompt {
        output::info(format!(
            "Logging in profile {:?}{}. Ctrl-C cancels at any point; nothing is stored until the end.",
            ctx.profile,
            if ctx.sandbox {
                " against the sandbox"
            } else {
                ""
            }
        ));
    }
    let chosen_root = if !ctx.base_url_given && may_prompt {
        Some(ask_deployment().await?)
    } else {
        None
    };
    let default_name = format!("Acuity Scheduling ({})", ctx.profile);
    let settings = gatherer.gather(p, args.name, Some(default_name)).await?;
    let client = match chosen_root.clone() {
        Some(root) => ctx.client_at(root, &settings.auth)?,
        None => ctx.client(&settings.auth).await?,
    };
    let code = provision::authorize(&client, &settings.oauth, p, may_prompt).await?;

    let saved = config::ProfileSettings {
        base_url: match chosen_root {
            Some(root) => Some(root.into()),
            None if ctx.base_url_given => Some(client.root().to_string()),
            None => None,
        },
        client_id: Some(settings.oauth.client_id.clone()),
        callback_url: Some(settings.oauth.callback_url.clone()),
        event_callback_url: match &settings.events {
            crate::platform::Events::On { callback_url, .. } => Some(callback_url.clone()),
            crate::platform::Events::Off => None,
        },
        acuity_user_id: ctx.config.profile(&ctx.profile).acuity_user_id,
    };
    let finish = Finish {
        store: true,
        show_token: p.show_token,
    };
    let code = provision::create_and_report(ctx, &client, settings, code, finish).await?;
    save_settings(ctx, saved)?;
    Ok(code)
}

async fn ask_deployment() -> anyhow::Result<Url> {
    let mut items: Vec<String> = DEPLOYMENTS
        .iter()
        .map(|(name, url)| format!("{name} ({url})"))
        .collect();
    items.push("Another data center: type its API root".into());
    let picked = prompt::select("Open Connectors deployment".into(), items, 0).await?;
    let raw = match DEPLOYMENTS.get(picked) {
        Some((_, url)) => (*url).to_owned(),
        None => {
            prompt::text("API root (https://.../elements/api-v2)".into(), None, |v| {
                validate::api_root(v).map(drop)
            })
            .await?
        }
    };
    validate::api_root(&raw).map_err(CliError::usage)
}

/// Saves the non-secret settings to the profile (not for the sandbox, whose demo values
/// would overwrite real ones).
fn save_settings(ctx: &Context, settings: config::ProfileSettings) -> anyhow::Result<()> {
    if ctx.sandbox {
        output::debug("sandbox: the profile's config file is left as it was");
        return Ok(());
    }
    let mut file = config::ConfigFile::load()?;
    file.profiles.insert(ctx.profile.clone(), settings);
    file.save()?;
    output::info(format!(
        "Saved the profile's settings (no secrets) to {}.",
        config::config_path()?.display()
    ));
    Ok(())
}

/// One credential's line in `auth status`.
#[derive(Debug, Serialize)]
struct CredentialStatus {
    name: &'static str,
    /// What a person calls it, for the human output.
    #[serde(skip)]
    label: &'static str,
    /// file, stdin, env, keyring, sandbox-demo, or missing.
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Status {
    profile: String,
    api_root: String,
    credentials: Vec<CredentialStatus>,
    instance_id: Option<u64>,
    /// valid, invalid, unreachable, or not-checked.
    check: &'static str,
    message: String,
    usable: bool,
}

async fn status(ctx: &Context) -> anyhow::Result<ExitCode> {
    let resolver = ctx.resolver();
    let mut credentials = Vec::new();
    let mut found = |name,
                     kind: SecretKind,
                     file: Option<&std::path::Path>|
     -> anyhow::Result<Option<secrecy::SecretString>> {
        let hit = resolver.find(kind, file)?;
        credentials.push(CredentialStatus {
            name,
            label: kind.label(),
            source: hit.as_ref().map_or("missing", |f| f.source.kind()),
            detail: hit.as_ref().map(|f| f.source.to_string()),
        });
        Ok(hit.map(|f| f.value))
    };
    let user = found(
        "userSecret",
        SecretKind::User,
        ctx.user_secret_file.as_deref(),
    )?;
    let org = found(
        "organizationSecret",
        SecretKind::Organization,
        ctx.org_secret_file.as_deref(),
    )?;
    found("clientSecret", SecretKind::Client, None)?;
    found("signatureKey", SecretKind::SignatureKey, None)?;
    found("acuityApiKey", SecretKind::AcuityApiKey, None)?;

    let keyring = ctx.keyring();
    let (instance_id, token_present, keyring_problem) = match (
        keyring.get(&ctx.profile, Item::InstanceId),
        keyring.get(&ctx.profile, Item::InstanceToken),
    ) {
        (Ok(id), Ok(token)) => (id, token.is_some(), None),
        (Err(e), _) | (_, Err(e)) => (None, false, Some(e.to_string())),
    };
    let instance_id = instance_id.and_then(|id| id.expose_secret().parse::<u64>().ok());
    for (name, label, present) in [
        ("instanceId", "instance id", instance_id.is_some()),
        ("instanceToken", "instance token", token_present),
    ] {
        credentials.push(CredentialStatus {
            name,
            label,
            source: if present { "keyring" } else { "missing" },
            detail: present.then(|| format!("OS keyring (service {})", keyring.service())),
        });
    }

    let api_root = ctx.api_root().await?;
    let (check, message) = match (user, org, instance_id) {
        (Some(user), Some(organization), Some(id)) => {
            let client = ctx.client(&PlatformAuth { user, organization }).await?;
            match client.get_instance(id).await {
                Ok(instance) if instance.valid != Some(false) && instance.disabled != Some(true) => {
                    ("valid", format!("instance {id} ({}) answers and is valid", instance.name))
                }
                Ok(_) => ("invalid", format!("instance {id} exists but is invalid or disabled: run `oc-acuity auth` again")),
                Err(e) => match e.downcast_ref::<ApiError>() {
                    Some(api) if api.is_auth() || api.status == 404 => ("invalid", api.to_string()),
                    _ => ("unreachable", format!("{e:#}")),
                },
            }
        }
        (_, _, None) => (
            "not-checked",
            keyring_problem.map_or_else(
                || "no stored instance: run `oc-acuity auth`".to_owned(),
                |p| format!("the keyring is not readable: {p}"),
            ),
        ),
        _ => (
            "not-checked",
            "the User or Organization secret is missing: set OC_ACUITY_USER_SECRET / OC_ACUITY_ORG_SECRET or run `oc-acuity auth`".to_owned(),
        ),
    };
    let usable = check == "valid";
    let report = Status {
        profile: ctx.profile.clone(),
        api_root: api_root.to_string(),
        credentials,
        instance_id,
        check,
        message,
        usable,
    };
    if ctx.json {
        output::json(&report)?;
    } else {
        println!("Profile:  {}", report.profile);
        println!("API root: {}", report.api_root);
        for c in &report.credentials {
            println!(
                "  {:<27} {}",
                c.label,
                c.detail.as_deref().unwrap_or("missing")
            );
        }
        match report.instance_id {
            Some(id) => println!("Instance: {id}"),
            None => println!("Instance: none stored"),
        }
        println!("Check:    {} ({})", report.check, report.message);
    }
    Ok(if usable {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(exit::CREDENTIALS)
    })
}

async fn logout(ctx: &Context, args: LogoutArgs) -> anyhow::Result<ExitCode> {
    if !args.yes && ctx.no_input {
        return Err(CliError::usage(
            "auth logout asks for confirmation: pass --yes with --no-input",
        ));
    }
    let keyring = ctx.keyring();
    let instance_id = keyring
        .get(&ctx.profile, Item::InstanceId)
        .map_err(|e| anyhow::anyhow!("{e}; nothing was removed"))?
        .map(|id| id.expose_secret().to_owned());

    let what = match (&instance_id, args.delete_instance) {
        (Some(id), true) => format!(
            "delete instance {id} on the platform and remove profile {:?}'s keyring entries and settings",
            ctx.profile
        ),
        (Some(id), false) => format!(
            "remove profile {:?}'s keyring entries (including instance {id}'s token; the instance stays on the platform) and settings",
            ctx.profile
        ),
        (None, _) => format!(
            "remove profile {:?}'s keyring entries and settings",
            ctx.profile
        ),
    };
    if !args.yes && !prompt::confirm(format!("This will {what}. Go on?"), false).await? {
        output::info("Nothing was changed.");
        return Ok(ExitCode::from(exit::FAILURE));
    }

    if args.delete_instance {
        match instance_id.as_deref().map(str::parse::<u64>) {
            Some(Ok(id)) => delete_remote(ctx, id).await?,
            Some(Err(_)) => {
                anyhow::bail!("the stored instance id is not a number; nothing was removed")
            }
            None => output::warn("no stored instance to delete"),
        }
    }

    let mut removed = Vec::new();
    for item in Item::ALL {
        if keyring.delete(&ctx.profile, item)? {
            removed.push(item.name());
        }
    }
    let mut file = config::ConfigFile::load()?;
    let had_settings = !ctx.sandbox && file.remove_profile(&ctx.profile);
    if had_settings {
        file.save()?;
    }
    if ctx.json {
        output::json(&serde_json::json!({
            "profile": ctx.profile,
            "removedKeyringEntries": removed,
            "removedSettings": had_settings,
            "deletedInstance": args.delete_instance.then_some(instance_id.as_deref()).flatten(),
        }))?;
    }
    output::info(format!(
        "Logged out profile {:?}: removed {} keyring entr{}{}.",
        ctx.profile,
        removed.len(),
        if removed.len() == 1 { "y" } else { "ies" },
        if had_settings {
            " and its saved settings"
        } else {
            ""
        }
    ));
    Ok(ExitCode::SUCCESS)
}

async fn delete_remote(ctx: &Context, id: u64) -> anyhow::Result<()> {
    let mut gatherer = Gatherer::new(ctx, Asking::Required);
    let (auth, _) = gatherer.platform_auth().await?;
    let client = ctx.client(&auth).await?;
    match client.delete_instance(id).await {
        Ok(()) => {
            output::info(format!("Deleted instance {id} on the platform."));
            Ok(())
        }
        Err(e)
            if e.downcast_ref::<ApiError>()
                .is_some_and(|a| a.status == 404) =>
        {
            output::warn(format!("instance {id} was already gone from the platform"));
            Ok(())
        }
        Err(e) => Err(e.context(format!(
            "could not delete instance {id}; nothing was removed locally"
        ))),
    }
}
