//! The platform's credentials (the User and Organization secrets) and its client, for
//! every area that calls the platform: provisioning, instances, webhooks, status, doctor.

use url::Url;

use super::context::{AuthSources, Context};
use super::gather::{Asking, Gatherer};
use crate::api::platform::{ApiError, Client, PlatformAuth};
use crate::error::CliError;
use crate::settings::{Id, Origin};
use crate::term::output;

/// The User and Organization secrets (asked for at a terminal when missing) and where
/// they came from. Found once per run (see [`Context::platform_auth`]): a command that
/// calls the platform several times reads a file, stdin or a prompt once.
pub async fn credentials(ctx: &Context) -> anyhow::Result<(PlatformAuth, AuthSources)> {
    ctx.platform_auth(|| async {
        let mut gatherer = Gatherer::new(ctx, Asking::Required);
        let auth = gatherer.platform_auth().await?;
        gatherer.complete()?;
        Ok(auth)
    })
    .await
}

/// A platform client authorized with [`credentials`].
pub async fn client(ctx: &Context) -> anyhow::Result<(Client, AuthSources)> {
    let (auth, sources) = credentials(ctx).await?;
    Ok((client_with(ctx, &auth).await?, sources))
}

/// A platform client with secrets gathered by the caller; with the sandbox this starts
/// the emulator first.
pub async fn client_with(ctx: &Context, auth: &PlatformAuth) -> anyhow::Result<Client> {
    warn_of_another_root(ctx);
    Client::new(ctx.api_root().await?, auth, ctx.client_options())
}

/// Says so when a flag or the environment sends this run to another API root than the one
/// the profile saved (where its instance was made): the stored id means nothing there.
fn warn_of_another_root(ctx: &Context) {
    static SAID: std::sync::Once = std::sync::Once::new();
    let Some(given) = ctx.given_api_root() else {
        return;
    };
    let key = Id::BaseUrl
        .setting()
        .config_key
        .expect("base-url is a config key");
    let Some(saved) = ctx.saved().get(key).map(str::to_owned) else {
        return;
    };
    let same = given.value.as_str().trim_end_matches('/') == saved.trim_end_matches('/');
    if matches!(given.origin, Origin::Flag(_) | Origin::Env(_)) && !same {
        SAID.call_once(|| {
            output::warn(format!(
                "profile {:?} saved the API root {saved} (where its instance was made); this \
                 run goes to {} ({}): a stored instance id means nothing there",
                ctx.profile, given.value, given.origin
            ));
        });
    }
}

/// A platform client for an API root chosen at a prompt.
pub fn client_at(ctx: &Context, root: Url, auth: &PlatformAuth) -> anyhow::Result<Client> {
    Client::new(root, auth, ctx.client_options())
}

/// A 401/403 becomes a credentials error naming where each secret came from.
pub fn explain_rejection(error: anyhow::Error, sources: &AuthSources) -> anyhow::Error {
    match error.downcast_ref::<ApiError>() {
        Some(api) if api.is_auth() => CliError::Credentials(format!(
            "{api}\nThe platform rejected the credentials. Used: {sources}. \
             Check them in the Open Connectors UI (Settings > Account) and try again."
        ))
        .into(),
        _ => error,
    }
}
