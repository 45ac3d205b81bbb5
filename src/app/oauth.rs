//! The OAuth authorization-code step, shared by `auth` and `instance create`: get the
//! consent URL from the platform, put our own random `state` into it, send the user's
//! browser there, and catch the grant `code` on a loopback listener or from a pasted URL.

use std::time::Duration;

use anyhow::Context as _;
use base64::Engine;
use secrecy::SecretString;
use url::Url;

use crate::api::platform::{Client, OAuthClient};
use crate::local::loopback::{Loopback, Redirect, parse_pasted};
use crate::term::{Spinner, output};

/// Default time to wait for the browser.
pub const DEFAULT_TIMEOUT_SECS: u64 = 300;

/// A fresh `state`: 256 random bits, URL-safe.
pub fn new_state() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source is available");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The consent URL with its `state` replaced by ours: the platform's default state is
/// just the connector key and protects nothing.
pub fn with_state(consent_url: &str, state: &str) -> anyhow::Result<Url> {
    let mut url = Url::parse(consent_url)
        .with_context(|| format!("the platform's oauthUrl {consent_url:?} is not a URL"))?;
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .into_owned()
        .filter(|(k, _)| k != "state")
        .collect();
    url.query_pairs_mut()
        .clear()
        .extend_pairs(pairs)
        .append_pair("state", state);
    Ok(url)
}

/// Whether to try opening a browser: not with `--no-browser`, not over SSH and not
/// without a display, unless `$BROWSER` says which one to use.
pub fn may_open_browser(no_browser: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if no_browser {
        return false;
    }
    if set("BROWSER") {
        return true;
    }
    if set("SSH_CONNECTION") || set("SSH_TTY") {
        return false;
    }
    if cfg!(all(unix, not(target_os = "macos"))) {
        return set("DISPLAY") || set("WAYLAND_DISPLAY");
    }
    true
}

/// How the flow should run.
pub struct FlowOptions {
    pub timeout: Duration,
    pub no_browser: bool,
}

/// Runs the whole authorization step and returns the grant code. `paste` asks the user
/// for the redirected URL when the redirect URI is not a loopback one.
pub async fn authorize<F, Fut>(
    client: &Client,
    oauth: &OAuthClient,
    options: &FlowOptions,
    paste: F,
) -> anyhow::Result<SecretString>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<String>>,
{
    let callback = Url::parse(&oauth.callback_url)?;
    let redirect = Redirect::of(&callback);
    let listener = match &redirect {
        Redirect::Loopback { addr, path } => Some(Loopback::bind(*addr, path).await?),
        Redirect::Paste => None,
    };
    // Our state is asked for (`state` on `oauth/url`, as the platform documents) and put in
    // the URL whatever came back: the check on return does not rely on the platform.
    let state = new_state();
    let consent = client.oauth_url(oauth, &state).await?;
    let url = with_state(&consent.oauth_url, &state)?;

    output::essential(format!(
        "Open this page to let oc-acuity access the Acuity account:\n\n  {url}\n"
    ));
    if may_open_browser(options.no_browser) {
        match webbrowser::open(url.as_str()) {
            Ok(()) => output::info("Opened it in your browser."),
            Err(e) => output::info(format!(
                "Could not open a browser ({e}); open the page above yourself."
            )),
        }
    }
    let code = match listener {
        Some(listener) => {
            output::info(format!(
                "Waiting for Acuity to redirect to {} (up to {} s; Ctrl-C to cancel) ...",
                oauth.callback_url,
                options.timeout.as_secs()
            ));
            let _spinner = Spinner::start("Waiting for the browser ...");
            listener.wait(&state, options.timeout).await?
        }
        None => {
            output::info(format!(
                "After you click Allow, Acuity sends your browser to {}. Copy that page's full address.",
                oauth.callback_url
            ));
            parse_pasted(&paste().await?, &state)?
        }
    };
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::loopback::state_matches;

    #[test]
    fn states_are_fresh_and_long() {
        let (a, b) = (new_state(), new_state());
        assert_ne!(a, b);
        assert!(a.len() >= 43, "256 bits in base64url");
        assert!(state_matches(&a, &a.clone()));
        assert!(!state_matches(&a, &b));
        assert!(!state_matches(&a, ""));
    }

    #[test]
    fn replaces_the_platform_default_state() {
        let url = with_state(
            "https://acuityscheduling.com/oauth2/authorize?scope=api-v1&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcb&state=acuityscheduling&client_id=abc",
            "s3",
        )
        .unwrap();
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs.iter().filter(|(k, _)| k == "state").count(), 1);
        assert!(pairs.contains(&("state".into(), "s3".into())));
        assert!(pairs.contains(&("redirect_uri".into(), "http://127.0.0.1:8765/cb".into())));
        assert!(pairs.contains(&("client_id".into(), "abc".into())));
    }
}
