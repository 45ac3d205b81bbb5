//! The settings of a provisioning run, gathered (see [`crate::app::gather`] for how each
//! value is found): the OAuth client, the events, the name and the tags.

use secrecy::{ExposeSecret, SecretString};

use super::request::ProvisionRequest;
use crate::api::platform::{Events, OAuthClient, PlatformAuth};
use crate::app::context::AuthSources;
use crate::app::gather::{Asking, Gatherer, Question, check_non_empty, use_demo};
use crate::error::CliError;
use crate::settings::keyring::Item;
use crate::settings::{Id, validate};
use crate::term::prompt;

/// Everything needed to create the instance, validated.
pub(super) struct Settings {
    pub(super) name: String,
    pub(super) tags: Vec<String>,
    pub(super) oauth: OAuthClient,
    pub(super) events: Events,
    pub(super) auth: PlatformAuth,
    pub(super) sources: AuthSources,
    /// Secrets typed at prompts: stored in the keyring once the instance exists.
    pub(super) entered: Vec<(Item, SecretString)>,
}

fn check_tags(value: &str) -> Result<(), String> {
    split_tags(value).map(drop)
}

fn split_tags(value: &str) -> Result<Vec<String>, String> {
    if value.trim().is_empty() {
        return Ok(Vec::new());
    }
    value
        .split(',')
        .map(|t| validate::non_empty(t).map_err(|_| "a tag between commas is empty".to_owned()))
        .collect()
}

impl Gatherer<'_> {
    /// Gathers every setting. `name` is the `--name` flag; `default_name` is offered (or
    /// used without prompts) when the flag is absent.
    pub(super) async fn gather(
        mut self,
        request: &ProvisionRequest,
        name: Option<String>,
        default_name: Option<String>,
    ) -> anyhow::Result<Settings> {
        let usage = |flag: &str, e: String| CliError::usage(format!("{flag}: {e}"));
        let tags = request
            .tags
            .iter()
            .map(|t| validate::non_empty(t).map_err(|e| usage("--tag", e)))
            .collect::<anyhow::Result<Vec<_>>>()?;

        let (auth, sources) = self.platform_auth().await?;

        let given = self.given(Id::ClientId, request.client_id.clone())?;
        let client_id = self
            .value(
                Id::ClientId,
                given,
                Question {
                    text: "Acuity OAuth client ID",
                    default: None,
                },
            )
            .await?;
        let client_secret = self
            .secret(Id::ClientSecret, request.client_secret_file.as_deref())
            .await?;
        let given = self.given(Id::CallbackUrl, request.callback_url.clone())?;
        let callback_url = self
            .value(
                Id::CallbackUrl,
                given,
                Question {
                    text: "Redirect URI registered at Acuity",
                    default: None,
                },
            )
            .await?;

        let events = self.events(request).await?;

        let name = match name {
            Some(name) => validate::non_empty(&name).map_err(|e| usage("--name", e))?,
            None => {
                let default = default_name.unwrap_or_default();
                if self.may_prompt() {
                    prompt::text("Instance name".into(), Some(default), check_non_empty).await?
                } else {
                    validate::non_empty(&default).map_err(|e| usage("--name", e))?
                }
            }
        };
        let tags = if tags.is_empty() && self.asking == Asking::Everything {
            let answer = prompt::text(
                "Tags, comma-separated (Enter for none)".into(),
                None,
                check_tags,
            )
            .await?;
            split_tags(&answer).map_err(|e| usage("tags", e))?
        } else {
            tags
        };

        self.complete()?;
        Ok(Settings {
            name,
            tags,
            oauth: OAuthClient {
                client_id,
                client_secret: client_secret.value,
                callback_url,
            },
            events,
            auth,
            sources,
            entered: self.entered,
        })
    }

    pub(super) async fn events(&mut self, request: &ProvisionRequest) -> anyhow::Result<Events> {
        if request.no_events {
            return Ok(Events::Off);
        }
        let setting = Id::EventCallbackUrl.setting();
        let saved = self
            .saved
            .get(setting.config_key.expect("a config key"))
            .map(str::to_owned);
        let given = self.given(Id::EventCallbackUrl, request.event_callback_url.clone())?;
        if given.is_none()
            && self.asking == Asking::Everything
            && !prompt::confirm("Deliver Acuity events to a URL of yours?".into(), true).await?
        {
            return Ok(Events::Off);
        }
        let callback_url = match given {
            Some(given) => given.value,
            None if self.may_prompt() => {
                self.value(
                    Id::EventCallbackUrl,
                    None,
                    Question {
                        text: "Event callback URL (where the platform POSTs events)",
                        default: saved,
                    },
                )
                .await?
            }
            None => match use_demo(self.ctx, Id::EventCallbackUrl) {
                Some(demo) => demo,
                None => self.missing(format!(
                    "events are on but no event callback URL is set: pass {} URL \
                     (or set {}), or pass --no-events",
                    setting.flag,
                    setting.env.unwrap_or_default()
                )),
            },
        };
        let mut signature_key = self
            .resolver
            .find(Id::SignatureKey, request.signature_key_file.as_deref())?
            .map(|found| found.value);
        if signature_key.is_none() && self.asking == Asking::Everything {
            let typed = prompt::secret("Event signature key (Enter for none)".into(), true).await?;
            if !typed.expose_secret().is_empty() {
                self.entered.push((Item::SignatureKey, typed.clone()));
                signature_key = Some(typed);
            }
        }
        Ok(Events::On {
            callback_url,
            signature_key,
        })
    }
}
