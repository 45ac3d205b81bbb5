//! `oc-acuity doctor [ID]`: the whole event path checked step by step, each failing step
//! with the command that fixes it: the platform and the secrets, the instance, its event
//! settings, the webhooks at Acuity (present, none stale), whether the platform has
//! received events from Acuity (its event log), and the event callback URL.

use std::collections::HashSet;
use std::path::PathBuf;

use serde::Serialize;

use super::context::Context;
use super::platform;
use super::webhooks::{self, AcuityAccess, Standing};
use crate::api::acuity::DEFAULT_EVENTS;
use crate::api::http::client_builder;
use crate::api::platform::{ApiError, Client, Instance};
use crate::error::CliError;
use crate::local::signature;
use crate::settings::Id;
use secrecy::ExposeSecret;

/// `doctor`, as given.
#[derive(Debug, Clone, Default)]
pub struct DoctorRequest {
    pub id: Option<u64>,
    /// POST a signed sample event to the event callback URL.
    pub send_test: bool,
    /// The key to sign the sample event with (else env or keyring).
    pub signature_key_file: Option<PathBuf>,
    pub access: AcuityAccess,
}

/// How a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    /// Not checked: an earlier step failed, or there is nothing to check.
    Skip,
}

/// One step of the event path.
#[derive(Debug, Serialize)]
pub struct Step {
    /// A stable key (`platform`, `instance`, `events`, `webhooks`, `stale`, `received`,
    /// `callback`).
    pub step: &'static str,
    pub outcome: Outcome,
    /// What was found.
    pub detail: String,
    /// The command (or action) that fixes a failed step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

/// Every step, in order.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnosis {
    pub instance_id: Option<u64>,
    pub webhook_url: Option<String>,
    pub steps: Vec<Step>,
    /// Whether every step passed.
    pub healthy: bool,
}

fn pass(step: &'static str, detail: impl Into<String>) -> Step {
    Step {
        step,
        outcome: Outcome::Pass,
        detail: detail.into(),
        fix: None,
    }
}

/// `fix`, after what must come `before` it, if anything.
fn first(before: Option<&str>, fix: String) -> String {
    match before {
        Some(before) => format!("{before}; then {fix}"),
        None => fix,
    }
}

fn fail(step: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Step {
    Step {
        step,
        outcome: Outcome::Fail,
        detail: detail.into(),
        fix: Some(fix.into()),
    }
}

fn skip(step: &'static str, detail: impl Into<String>) -> Step {
    Step {
        step,
        outcome: Outcome::Skip,
        detail: detail.into(),
        fix: None,
    }
}

/// Runs every step it can; a step whose premise failed is skipped.
pub async fn diagnose(ctx: &Context, request: DoctorRequest) -> anyhow::Result<Diagnosis> {
    // A bad value given is bad input, refused before anything is sent; a missing one is a
    // finding of the webhooks step.
    webhooks::check_given_access(ctx, &request.access)?;
    let mut steps = Vec::new();
    let invocation = ctx.invocation();
    let finish = |mut steps: Vec<Step>, id, url| {
        let healthy = steps.iter().all(|s| s.outcome == Outcome::Pass);
        // Each fix runs as printed: with this run's --sandbox, --profile, --base-url (but
        // `oc-acuity sandbox ...`, which takes none of them).
        for fix in steps.iter_mut().filter_map(|s| s.fix.as_mut()) {
            *fix = fix
                .replace("`oc-acuity ", &format!("`{invocation} "))
                .replace(&format!("`{invocation} sandbox "), "`oc-acuity sandbox ");
        }
        Ok(Diagnosis {
            instance_id: id,
            webhook_url: url,
            steps,
            healthy,
        })
    };

    // 1 and 2: the platform, the secrets, the instance.
    let id = match ctx.instance_id(request.id) {
        Ok(id) => id,
        Err(e) => {
            // The stored id unreadable (a locked keyring) is not none stored: `auth` would
            // make a second instance.
            let unreadable = matches!(e.downcast_ref::<CliError>(), Some(CliError::Credentials(_)));
            let fix = if unreadable {
                "unlock the OS keyring, then run this again (or pass the instance ID). Do not run \
                 `oc-acuity auth` for this: it would create a second instance"
            } else {
                "`oc-acuity auth` (or pass the instance ID)"
            };
            steps.push(skip("platform", "no instance to check against"));
            steps.push(fail("instance", format!("{e:#}"), fix));
            return finish(steps, None, None);
        }
    };
    let (instance, client) = match fetch(ctx, id).await {
        Ok(found) => {
            steps.push(pass("platform", "reachable; the secrets are accepted"));
            found
        }
        Err(Fetch::Platform(step)) => {
            steps.push(step);
            return finish(steps, Some(id), None);
        }
        Err(Fetch::Missing(detail)) => {
            steps.push(pass("platform", "reachable; the secrets are accepted"));
            steps.push(fail(
                "instance",
                detail,
                "`oc-acuity instance create` (or `oc-acuity auth`) makes a new one",
            ));
            return finish(steps, Some(id), None);
        }
    };
    if instance.valid == Some(false) {
        steps.push(fail(
            "instance",
            format!("instance {id} exists but is not valid (its authorization expired?)"),
            format!("`oc-acuity instance reauth {id}`"),
        ));
    } else if instance.disabled == Some(true) {
        steps.push(fail(
            "instance",
            format!("instance {id} is disabled"),
            "enable it in the Open Connectors console",
        ));
    } else {
        steps.push(pass(
            "instance",
            format!("instance {id} {:?} exists and is valid", instance.name),
        ));
    }

    // 3: events on, with a callback URL.
    let callback = match (instance.events_enabled(), instance.event_callback_url()) {
        (Some(true), Some(url)) => {
            steps.push(pass("events", format!("on, delivered to {url}")));
            Some(url.to_owned())
        }
        _ => {
            steps.push(fail(
                "events",
                "events are off, or have no callback URL",
                format!("`oc-acuity instance events enable {id} --event-callback-url URL`"),
            ));
            None
        }
    };

    // 4 and 5: the webhooks at Acuity.
    let target = webhooks::webhook_target(ctx, Some(id), None).await?;
    let url = target.webhook_url.clone();
    match webhooks::acuity_client(ctx, &request.access).await {
        Err(e) => {
            steps.push(fail(
                "webhooks",
                format!("Acuity cannot be asked: {e:#}"),
                "give the Acuity user ID and API key (--acuity-user-id, OC_ACUITY_ACUITY_API_KEY)",
            ));
            steps.push(skip("stale", "Acuity could not be asked"));
        }
        Ok(acuity) => match acuity.list_webhooks().await {
            Err(e) => {
                steps.push(fail(
                    "webhooks",
                    format!("{e:#}"),
                    "check the Acuity user ID and API key",
                ));
                steps.push(skip("stale", "Acuity could not be asked"));
            }
            Ok(registered) => {
                let missing: Vec<&str> = DEFAULT_EVENTS
                    .into_iter()
                    .filter(|e| !registered.iter().any(|w| w.event == *e && w.target == url))
                    .collect();
                if missing.is_empty() {
                    steps.push(pass(
                        "webhooks",
                        format!("a webhook for each event points at {url}"),
                    ));
                } else {
                    steps.push(fail(
                        "webhooks",
                        format!("no webhook for {} points at {url}", missing.join(", ")),
                        first(
                            ctx.serving_first().await?,
                            format!("`oc-acuity webhook register {id}`"),
                        ),
                    ));
                }
                let ids: HashSet<u64> = webhooks::instance_ids(ctx).await?;
                let stale: Vec<String> = registered
                    .iter()
                    .filter(|w| webhooks::standing(w, &ids) == Standing::Stale)
                    .map(|w| format!("{} ({})", w.id, w.event))
                    .collect();
                if stale.is_empty() {
                    steps.push(pass("stale", "no webhook points at a deleted instance"));
                } else {
                    steps.push(fail(
                        "stale",
                        format!(
                            "webhook(s) {} point at instances that no longer exist",
                            stale.join(", ")
                        ),
                        "`oc-acuity webhook remove --stale`",
                    ));
                }
            }
        },
    }

    // 6: Acuity's calls reached the platform (its record of the events it received).
    let webhooks_hold = steps
        .iter()
        .any(|s| s.step == "webhooks" && s.outcome == Outcome::Pass);
    steps.push(received(ctx, &client, id, webhooks_hold).await);

    // 7: the event callback URL.
    steps.push(match callback {
        None => skip("callback", "events are off"),
        Some(callback) => check_callback(ctx, &callback, id, &request).await?,
    });
    finish(steps, Some(id), Some(url))
}

enum Fetch {
    /// The platform step failed.
    Platform(Step),
    /// The platform answered, without the instance.
    Missing(String),
}

/// Whether the platform has received events from Acuity for instance `id`: when the last
/// came, or what makes Acuity call (the webhooks first, when they do not hold).
async fn received(ctx: &Context, client: &Client, id: u64, webhooks_hold: bool) -> Step {
    let events = match client.instance_events(id).await {
        Ok(events) => events,
        Err(e) => {
            return fail(
                "received",
                format!("the platform's event log cannot be read: {e:#}"),
                format!(
                    "`oc-acuity events log {id}` makes the same call; check the platform's answer"
                ),
            );
        }
    };
    // The newest; of events of the same date, the first in the platform's order.
    let Some(last) = events
        .iter()
        .min_by_key(|e| std::cmp::Reverse(e.time_key()))
    else {
        let fix = if webhooks_hold {
            format!("{}, then `oc-acuity events log {id}`", ctx.how_to_book())
        } else {
            first(
                ctx.serving_first().await.unwrap_or(None),
                format!(
                    "`oc-acuity webhook register {id}`, then {}",
                    ctx.how_to_book()
                ),
            )
        };
        return fail(
            "received",
            format!("the platform has received no event from Acuity for instance {id}"),
            fix,
        );
    };
    let what: Vec<String> = last
        .notified
        .iter()
        .map(|n| format!("{} {} {}", n.event_type, n.object_type, n.object_id))
        .collect();
    let what = match what.join(", ") {
        none if none.is_empty() => String::new(),
        what => format!(" {what},"),
    };
    pass(
        "received",
        format!(
            "{} event(s) from Acuity; the last at {}:{what} {}",
            events.len(),
            last.date,
            if last.status.is_empty() {
                "no status"
            } else {
                &last.status
            }
        ),
    )
}

async fn fetch(ctx: &Context, id: u64) -> Result<(Instance, Client), Fetch> {
    let (auth, sources) = platform::credentials(ctx).await.map_err(|e| {
        Fetch::Platform(fail(
            "platform",
            format!("{e:#}"),
            "set the secrets (see `oc-acuity auth status`)",
        ))
    })?;
    let client = platform::client_with(ctx, &auth)
        .await
        .map_err(|e| Fetch::Platform(fail("platform", format!("{e:#}"), "check --base-url")))?;
    let instance =
        client
            .get_instance(id)
            .await
            .map_err(|e| match e.downcast_ref::<ApiError>() {
                Some(api) if api.status == 404 => Fetch::Missing(api.to_string()),
                Some(api) if api.is_auth() => Fetch::Platform(fail(
                    "platform",
                    format!("{api} (used: {sources})"),
                    "check the User and Organization secrets (`oc-acuity auth status`)",
                )),
                _ => Fetch::Platform(fail(
                    "platform",
                    format!("{e:#}"),
                    "check --base-url / OC_ACUITY_BASE_URL and the network",
                )),
            })?;
    Ok((instance, client))
}

/// Whether the event callback URL answers; with `send_test`, whether it takes a signed
/// sample event.
async fn check_callback(
    ctx: &Context,
    callback: &str,
    id: u64,
    request: &DoctorRequest,
) -> anyhow::Result<Step> {
    let http = client_builder()
        .timeout(ctx.client_options().request_timeout)
        .build()?;
    if !request.send_test {
        return Ok(match http.get(callback).send().await {
            Ok(answer) => pass(
                "callback",
                format!(
                    "{callback} answers ({}); `--send-test` sends a sample event",
                    answer.status()
                ),
            ),
            Err(e) => fail(
                "callback",
                format!(
                    "{callback} cannot be reached: {}",
                    crate::api::http::network_failure(&e)
                ),
                format!(
                    "start the receiver, or point events elsewhere: `oc-acuity instance update {id} --event-callback-url URL`"
                ),
            ),
        });
    }
    let event_id = format!("oc-acuity-doctor-{id}-{}", std::process::id());
    let body = serde_json::to_vec(&serde_json::json!({"message": {
        "eventId": event_id,
        "raw": {"source": "oc-acuity doctor --send-test"},
        "events": [{"eventType": "UNKNOWN", "objectType": "test", "objectId": "doctor"}],
    }}))?;
    let key = ctx
        .resolver()
        .find(Id::SignatureKey, request.signature_key_file.as_deref())?;
    let mut post = http
        .post(callback)
        .header("Content-Type", "application/json")
        .header(crate::local::events::WEBHOOK_ID_HEADER, &event_id);
    if let Some(key) = &key {
        post = post.header(
            signature::PLATFORM_HEADER,
            signature::platform(&body, key.value.expose_secret()),
        );
    }
    let signed = if key.is_some() { "signed" } else { "unsigned" };
    Ok(match post.body(body).send().await {
        Ok(answer) if answer.status().is_success() => pass(
            "callback",
            format!(
                "{callback} took the {signed} sample event ({})",
                answer.status()
            ),
        ),
        Ok(answer) if matches!(answer.status().as_u16(), 401 | 403) => fail(
            "callback",
            format!(
                "{callback} rejected the {signed} sample event ({}): the key it checks is not \
                 the one given here",
                answer.status()
            ),
            format!(
                "give the instance the receiver's key: `oc-acuity instance update {id} --signature-key-file PATH`"
            ),
        ),
        Ok(answer) => fail(
            "callback",
            format!("{callback} answered {} to a sample event", answer.status()),
            "check the receiver's logs; the platform retries failed deliveries, then gives up",
        ),
        Err(e) => fail(
            "callback",
            format!(
                "{callback} cannot be reached: {}",
                crate::api::http::network_failure(&e)
            ),
            format!(
                "start the receiver, or point events elsewhere: `oc-acuity instance update {id} --event-callback-url URL`"
            ),
        ),
    })
}
