//! Gathering a run's settings: flags, env, config and keyring through the settings table,
//! then prompts when allowed, then the target's demo values; what is still missing is
//! reported all at once. Provisioning gathers its whole set with it (`provision::gather`),
//! and [`super::platform`] the platform's secrets.

use secrecy::{ExposeSecret, SecretString};

use super::context::{AuthSources, Context, demo_notice};
use crate::api::platform::PlatformAuth;
use crate::error::CliError;
use crate::settings::config::ProfileSettings;
use crate::settings::keyring::Item;
use crate::settings::{Found, Id, Origin, Resolver, validate};
use crate::term::{output, prompt};

/// How thoroughly to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Asking {
    /// Never prompt: a missing value is an error naming its flag.
    Never,
    /// Prompt for required values that are missing.
    Required,
    /// Also offer the optional ones (events, signature key, tags): `oc-acuity auth`.
    Everything,
}

/// Collects settings from flags, env, config, keyring, then prompts when allowed.
pub(super) struct Gatherer<'a> {
    pub(super) ctx: &'a Context,
    pub(super) resolver: Resolver<'a>,
    pub(super) asking: Asking,
    pub(super) saved: ProfileSettings,
    pub(super) entered: Vec<(Item, SecretString)>,
    /// The User and Organization secrets, once resolved (each is read, or asked, once).
    auth: Option<(PlatformAuth, AuthSources)>,
    /// What is missing (without prompts): reported all at once by [`Gatherer::complete`].
    missing: Vec<String>,
}

/// One question at a prompt.
pub(super) struct Question<'q> {
    pub(super) text: &'q str,
    /// Offered as the answer on Enter.
    pub(super) default: Option<String>,
}

pub(super) fn check_non_empty(value: &str) -> Result<(), String> {
    validate::non_empty(value).map(drop)
}

impl<'a> Gatherer<'a> {
    pub(super) fn new(ctx: &'a Context, asking: Asking) -> Self {
        let asking = if ctx.no_input { Asking::Never } else { asking };
        Self {
            ctx,
            resolver: ctx.resolver(),
            asking,
            saved: ctx.saved(),
            entered: Vec::new(),
            auth: None,
            missing: Vec::new(),
        }
    }

    /// Fails, naming every missing value at once, when any was missing.
    pub(super) fn complete(&mut self) -> anyhow::Result<()> {
        let keyring = self
            .resolver
            .keyring_problem()
            .map(|p| format!("\n(the keyring was not readable: {p})"))
            .unwrap_or_default();
        match self.missing.len() {
            0 => Ok(()),
            1 => Err(CliError::usage(format!(
                "{}{keyring}",
                self.missing.remove(0)
            ))),
            n => Err(CliError::usage(format!(
                "{n} values are missing:\n  - {}{keyring}",
                self.missing.join("\n  - ")
            ))),
        }
    }

    /// Notes a missing value; the placeholder returned is never sent, since
    /// [`Gatherer::complete`] fails first.
    pub(super) fn missing(&mut self, message: String) -> String {
        self.missing.push(message);
        String::new()
    }

    /// A secret found nowhere and not asked for: the demo value, else noted as missing.
    pub(super) fn missing_secret(&mut self, id: Id) -> Found {
        match use_demo(self.ctx, id) {
            Some(value) => Found {
                value: SecretString::from(value),
                origin: Origin::SandboxDemo,
            },
            None => {
                let message = self.resolver.missing_ways(id);
                Found {
                    value: SecretString::from(self.missing(message)),
                    origin: Origin::Prompt,
                }
            }
        }
    }

    pub(super) fn may_prompt(&self) -> bool {
        self.asking != Asking::Never
    }

    /// Whether a missing `id` is asked for: when prompts are allowed, and, where the
    /// target has a demo value (the sandbox), only in `auth`, the walk through the login;
    /// elsewhere the demo value is used with a notice.
    fn asks_for(&self, id: Id) -> bool {
        match self.asking {
            Asking::Never => false,
            Asking::Required => self.ctx.demo(id).is_none(),
            Asking::Everything => true,
        }
    }

    /// A plain value: given (flag, env or config; validated), else asked, else the
    /// target's demo value, else a usage error naming the flag and env var.
    pub(super) async fn value(
        &mut self,
        id: Id,
        given: Option<Found<String>>,
        question: Question<'_>,
    ) -> anyhow::Result<String> {
        if let Some(given) = given {
            return Ok(given.value);
        }
        let setting = id.setting();
        if self.asks_for(id) {
            let default = question.default.or_else(|| self.ctx.demo(id));
            let check = setting.check;
            return prompt::text(question.text.to_owned(), default, move |v| {
                check(v).map(drop)
            })
            .await;
        }
        Ok(match use_demo(self.ctx, id) {
            Some(demo) => demo,
            None => self.missing(setting.missing_message()),
        })
    }

    /// A required secret: file flag, env, keyring, else asked (hidden), else the demo
    /// value, else a usage error naming the flag and env var.
    pub(super) async fn secret(
        &mut self,
        id: Id,
        file: Option<&std::path::Path>,
    ) -> anyhow::Result<Found> {
        if let Some(found) = self.resolver.find(id, file)? {
            return Ok(found);
        }
        if !self.asks_for(id) {
            return Ok(self.missing_secret(id));
        }
        let has_demo = self.ctx.demo(id).is_some();
        let hint = if has_demo {
            " (Enter for the sandbox demo value)"
        } else {
            ""
        };
        let label = capitalized(id.setting().label);
        let value = prompt::secret(format!("{label}{hint}"), has_demo).await?;
        if value.expose_secret().is_empty() {
            let found = self.missing_secret(id);
            self.complete()?;
            return Ok(found);
        }
        self.entered
            .push((id.setting().item.expect("a secret"), value.clone()));
        Ok(Found {
            value,
            origin: Origin::Prompt,
        })
    }

    /// The User and Organization secrets.
    pub(super) async fn platform_auth(&mut self) -> anyhow::Result<(PlatformAuth, AuthSources)> {
        if let Some(auth) = &self.auth {
            return Ok(auth.clone());
        }
        let (user_file, org_file) = (
            self.ctx.user_secret_file.clone(),
            self.ctx.org_secret_file.clone(),
        );
        let user = self.secret(Id::UserSecret, user_file.as_deref()).await?;
        let org = self
            .secret(Id::OrganizationSecret, org_file.as_deref())
            .await?;
        let sources = AuthSources {
            user: user.origin,
            organization: org.origin,
        };
        let auth = PlatformAuth {
            user: user.value,
            organization: org.value,
        };
        self.auth = Some((auth.clone(), sources.clone()));
        Ok((auth, sources))
    }

    /// A plain value from its flag, env or config, validated.
    pub(super) fn given(
        &self,
        id: Id,
        flag: Option<String>,
    ) -> anyhow::Result<Option<Found<String>>> {
        id.setting().resolve(flag, &self.saved)
    }
}

/// The target's demo value for `id`, with the notice that says it stands in (printed
/// here, by the one that uses it).
pub fn use_demo(ctx: &Context, id: Id) -> Option<String> {
    let value = ctx.demo(id)?;
    output::info(demo_notice(id, &value));
    Some(value)
}

/// A secret from its file flag, env or keyring; else the target's demo value; else a
/// usage error naming every way to give it.
pub fn require_secret(
    ctx: &Context,
    resolver: &Resolver<'_>,
    id: Id,
    file: Option<&std::path::Path>,
) -> anyhow::Result<Found> {
    if let Some(found) = resolver.find(id, file)? {
        return Ok(found);
    }
    match use_demo(ctx, id) {
        Some(value) => Ok(Found {
            value: SecretString::from(value),
            origin: Origin::SandboxDemo,
        }),
        None => Err(CliError::usage(resolver.missing_message(id))),
    }
}

fn capitalized(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
