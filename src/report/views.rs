//! How each command's result reads: its human view and its notes. The JSON view is the
//! result's own `Serialize`.

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::{Report, TableRow};
use crate::api::acuity::MAX_WEBHOOKS;
use crate::api::platform::Event;
use crate::app::api::Answer;
use crate::app::doctor::{Diagnosis, Outcome};
use crate::app::events::EventLog;
use crate::app::instances::{Deleted, Shown, Updated};
use crate::app::profile::{ConfigValues, Profiles};
use crate::app::provision::{Action, Provisioned, Stored};
use crate::app::sandbox::{Booked, Serving};
use crate::app::status::{LoggedOut, Status};
use crate::app::webhooks::{ListedWebhooks, Registered, RegistrationStatus, Removed, Standing};
use crate::local::events::events_in;
use crate::term::output::{self, escape_controls};

/// A single value: the bare value on stdout, or `{"<key>": <value>}` with `--json`.
/// `None` prints nothing for people (a change whose result is only data).
pub struct Scalar {
    pub key: &'static str,
    pub value: Option<String>,
    /// Whether people see the value (not for `config set`, which only confirms).
    pub shown: bool,
}

impl Scalar {
    /// A value people and scripts both read.
    pub fn new(key: &'static str, value: impl Into<String>) -> Self {
        Self {
            key,
            value: Some(value.into()),
            shown: true,
        }
    }
}

impl Serialize for Scalar {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_json::json!({ self.key: self.value }).serialize(s)
    }
}

impl Report for Scalar {
    fn human(&self, out: &mut String) {
        if let (true, Some(value)) = (self.shown, &self.value) {
            out.push_str(value);
            out.push('\n');
        }
    }
}

impl Serialize for Provisioned {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.created.serialize(s)
    }
}

impl Report for Provisioned {
    fn human(&self, out: &mut String) {
        let c = &self.created;
        // The first line says what happened, in the words of the JSON's `action`.
        let (id, name) = (c.id, clean(&c.name));
        out.push_str(&match c.action {
            Action::Created => format!("Created instance {id} \"{name}\"\n"),
            Action::Recovered => format!(
                "Created instance {id} \"{name}\" (its answer was lost; found by its name)\n"
            ),
            Action::Reused => format!("Reused instance {id} \"{name}\" (it already existed)\n"),
            Action::Reauthorized => format!(
                "Authorized instance {id} \"{name}\" again (same id and Webhook URL, new token)\n"
            ),
        });
        out.push_str(&format!("Webhook URL: {}\n", clean(&c.webhook_url)));
        if let Some(token) = &c.token {
            out.push_str(&format!("Instance token: {token}\n"));
        }
        if let Some(replaced) = &c.replaced {
            let token = replaced.token.as_deref().unwrap_or("(none was stored)");
            out.push_str(&format!(
                "Replaced instance {}, whose token was: {token}\n",
                replaced.id
            ));
        }
    }

    fn notes(&self, json: bool) -> Vec<String> {
        if self.store_problem.is_some() {
            return Vec::new();
        }
        let c = &self.created;
        let stored = match c.stored {
            Stored::Keyring => format!(
                "Stored the id and token in the OS keyring (service {}, accounts {p}/instance-id and {p}/instance-token).",
                self.keyring_service,
                p = self.profile
            ),
            Stored::Memory => {
                "Kept the id and token in memory for this run only (no OS keyring).".to_owned()
            }
            Stored::None if json => {
                "Not stored: the token is in the JSON output (`token`); keep it safe.".to_owned()
            }
            Stored::None => "Not stored: the token is printed above; keep it safe.".to_owned(),
        };
        let id = if c.stored == Stored::Keyring {
            String::new()
        } else {
            format!(" {}", c.id)
        };
        let cmd = &self.invocation;
        let register = match self.serving_first {
            Some(first) => format!("{first}; then `{cmd} webhook register{id}`"),
            None => format!("run `{cmd} webhook register{id}`"),
        };
        let next = match &c.event_callback_url {
            Some(url) if c.events_enabled => format!(
                "Events: on, delivered to {url}.\nNext: have Acuity call the Webhook URL: \
                 {register}, or at Acuity open Business Settings > Integrations > API > \
                 Webhooks > Set Up and paste it for each event type you want."
            ),
            _ => format!(
                "Events: off. To receive them: `{cmd} instance events enable{id} \
                 --event-callback-url URL`, then {register}."
            ),
        };
        // Under a sandbox of this run only, `register` says already why its Webhook URL
        // does not last.
        let url = match self.serving_first {
            Some(_) => String::new(),
            None => format!(
                "\n(The Webhook URL is derived from the instance id, as the platform documents \
                 for its connectors; the Open Connectors console shows the authoritative one: \
                 `{cmd} webhook register{id} --url URL` takes it.)"
            ),
        };
        let mut notes = vec![format!("{stored}\n{next}{url}")];
        if let Some(replaced) = &c.replaced {
            notes.push(format!(
                "Profile {:?} held instance {}; it now points at {} (the old instance still \
                 exists on the platform; its token is in the output).",
                self.profile, replaced.id, c.id
            ));
        }
        notes
    }

    fn notes_with_json(&self) -> bool {
        true
    }
}

/// Why the instance could not be stored, and how to store its id and token later (exit 5).
pub fn not_stored(p: &Provisioned) -> Option<String> {
    let problem = p.store_problem.as_ref()?;
    Some(format!(
        "instance {} was created but could not be stored: {problem}\n\
         The id and token are printed above: keep them safe. To store them later, {}\n\
         Or set OC_ACUITY_* environment variables and pass --no-store next time.",
        p.created.id,
        store_by_hand(&p.profile, &p.keyring_service),
    ))
}

/// A created instance whose token was not stored, and could not be printed either (`why`:
/// stdout closed, a full disk): how to get it (the platform gives an instance's token to
/// its account).
pub fn token_lost_to_stdout(p: &Provisioned, why: &str) -> String {
    format!(
        "instance {} ({}) was created, but {why}, so its token was neither stored nor \
         printed: run `{} instance create --name {} --if-exists reuse --no-store` to print it",
        p.created.id,
        clean(&p.created.name),
        p.invocation,
        output::shell_word(&clean(&p.created.name)),
    )
}

/// The commands that store the id and token with the platform's own keyring tool.
fn store_by_hand(profile: &str, service: &str) -> String {
    let (p, s) = (profile, service);
    if cfg!(windows) {
        // Credential Manager's generic credentials, named as windows-native-keyring-store
        // names them: `<account>.<service>`.
        format!(
            "with cmdkey (it asks for each value):\n  \
             cmdkey /generic:{p}/instance-token.{s} /user:{p}/instance-token /pass\n  \
             cmdkey /generic:{p}/instance-id.{s} /user:{p}/instance-id /pass"
        )
    } else {
        format!(
            "e.g. on Linux:\n  \
             secret-tool store --label='oc-acuity {p}/instance-token' service {s} username {p}/instance-token\n  \
             secret-tool store --label='oc-acuity {p}/instance-id' service {s} username {p}/instance-id"
        )
    }
}

/// Text that came from a remote service, made safe for a terminal (see
/// [`escape_controls`]).
pub fn clean(text: &str) -> String {
    escape_controls(text)
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "?",
    }
}

/// `instance list`: a table printed page by page, so its columns have fixed minimum widths
/// (ids of 6 digits, names of 24 characters, `YYYY-MM-DDTHH:MM:SSZ` dates); a longer cell
/// pushes the rest of its row right.
impl TableRow for Shown {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("ID", 6),
        ("NAME", 24),
        ("EVENTS", 6),
        ("VALID", 5),
        ("CREATED", 20),
        ("TAGS", 0),
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            clean(&self.name),
            if self.events_enabled { "on" } else { "off" }.to_owned(),
            yes_no(self.valid).to_owned(),
            clean(&self.created_date),
            clean(&self.tags.join(",")),
        ]
    }

    fn count_note(count: usize) -> String {
        format!("{count} instance(s)")
    }
}

impl Report for Shown {
    fn human(&self, out: &mut String) {
        let events = match (&self.event_callback_url, self.events_enabled) {
            (Some(url), true) => format!("on, delivered to {url}"),
            _ => "off".to_owned(),
        };
        for (label, value) in [
            ("ID:", self.id.to_string()),
            ("Name:", self.name.clone()),
            ("Events:", events),
            ("Valid:", yes_no(self.valid).to_owned()),
            ("Disabled:", yes_no(self.disabled).to_owned()),
            ("Created:", self.created_date.clone()),
            ("Tags:", self.tags.join(", ")),
            ("Webhook URL:", self.webhook_url.clone()),
        ] {
            out.push_str(&format!("{label:<12} {}\n", clean(&value)));
        }
    }
}

impl Report for Updated {
    fn human(&self, out: &mut String) {
        self.instance.human(out);
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        vec![if self.changed.is_empty() {
            "Nothing to change: the instance already is as asked.".to_owned()
        } else {
            format!("Changed: {}.", self.changed.join(", "))
        }]
    }
}

impl Report for Diagnosis {
    fn human(&self, out: &mut String) {
        for step in &self.steps {
            let mark = match step.outcome {
                Outcome::Pass => "ok  ",
                Outcome::Fail => "FAIL",
                Outcome::Skip => "skip",
            };
            out.push_str(&format!(
                "{mark}  {:<9} {}\n",
                step.step,
                clean(&step.detail)
            ));
            if let Some(fix) = &step.fix {
                out.push_str(&format!("      {:<9} fix: {}\n", "", clean(fix)));
            }
        }
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let count = |outcome: Outcome| self.steps.iter().filter(|s| s.outcome == outcome).count();
        let (failed, skipped) = (count(Outcome::Fail), count(Outcome::Skip));
        vec![if self.healthy {
            "Every step holds: events can flow from Acuity to the callback URL.".to_owned()
        } else if skipped == 0 {
            format!("{failed} step(s) fail; fix the first one first.")
        } else {
            format!(
                "{failed} step(s) fail and {skipped} could not be checked; fix the first one first."
            )
        }]
    }
}

impl Report for Deleted {
    fn human(&self, out: &mut String) {
        out.push_str(&format!("Deleted instance {}\n", self.deleted));
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let mut notes = Vec::new();
        if self.keyring_entries_removed {
            notes.push(format!(
                "Removed its id and token from profile {:?}'s keyring entries.",
                self.profile
            ));
        }
        if !self.webhooks_removed.is_empty() {
            notes.push(format!(
                "Removed {} Acuity webhook(s) that pointed at it.",
                self.webhooks_removed.len()
            ));
        }
        notes.extend(self.webhooks_remain.clone());
        notes
    }

    fn notes_with_json(&self) -> bool {
        self.webhooks_remain.is_some()
    }
}

impl Report for Status {
    fn human(&self, out: &mut String) {
        out.push_str(&format!(
            "Profile:  {} ({})\n",
            clean(&self.profile),
            self.profile_detail
        ));
        out.push_str(&format!(
            "API root: {} ({})\n",
            self.api_root, self.api_root_detail
        ));
        for c in &self.credentials {
            out.push_str(&format!(
                "  {:<27} {}\n",
                c.label,
                clean(c.detail.as_deref().unwrap_or("missing"))
            ));
        }
        match self.instance_id {
            Some(id) => out.push_str(&format!("Instance: {id}\n")),
            // The id's row says whether none is stored or it could not be read.
            None if self
                .credentials
                .iter()
                .any(|c| c.name == "instanceId" && c.source == crate::app::status::UNREADABLE) =>
            {
                out.push_str("Instance: unknown (the OS keyring could not be read)\n")
            }
            None => out.push_str("Instance: none stored\n"),
        }
        out.push_str(&format!(
            "Check:    {} ({})\n",
            self.check.as_str(),
            clean(&self.message)
        ));
    }
}

impl Report for LoggedOut {
    fn human(&self, _out: &mut String) {}

    fn notes(&self, _json: bool) -> Vec<String> {
        let n = self.removed_keyring_entries.len();
        vec![format!(
            "Logged out profile {:?}: removed {n} keyring entr{}{}.",
            self.profile,
            if n == 1 { "y" } else { "ies" },
            if self.removed_settings {
                " and its saved settings"
            } else {
                ""
            }
        )]
    }

    fn notes_with_json(&self) -> bool {
        true
    }
}

impl Serialize for Registered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.registrations.serialize(s)
    }
}

impl Report for Registered {
    fn human(&self, out: &mut String) {
        for r in &self.registrations {
            let status = match r.status {
                RegistrationStatus::Created => "created",
                RegistrationStatus::Existing => "existing",
            };
            out.push_str(&format!(
                "{:<24} {:<8} (webhook {}) -> {}\n",
                clean(&r.event),
                status,
                r.id,
                clean(&r.target)
            ));
        }
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let created = self
            .registrations
            .iter()
            .filter(|r| r.status == RegistrationStatus::Created)
            .count();
        let mut notes = vec![format!(
            "{created} webhook(s) registered, {} already there.",
            self.registrations.len() - created
        )];
        notes.extend(self.target.caveat());
        notes
    }
}

impl Serialize for ListedWebhooks {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.webhooks.serialize(s)
    }
}

impl Report for ListedWebhooks {
    fn human(&self, out: &mut String) {
        for listed in &self.webhooks {
            let w = &listed.webhook;
            let standing = match listed.standing {
                Some(Standing::Stale) => "STALE   ",
                Some(Standing::Current) => "current ",
                Some(Standing::Other) => "other   ",
                None => "",
            };
            out.push_str(&format!(
                "{:<6} {standing}{:<24} {:<8} {}\n",
                w.id,
                clean(&w.event),
                clean(&w.status),
                clean(&w.target)
            ));
        }
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let mut notes = vec![format!(
            "{} webhook(s){} (Acuity allows {MAX_WEBHOOKS}).",
            self.webhooks.len(),
            if self.all {
                " in the account"
            } else {
                " for this instance"
            },
        )];
        let stale = self
            .webhooks
            .iter()
            .filter(|l| l.standing == Some(Standing::Stale))
            .count();
        if stale > 0 {
            notes.push(format!(
                "{stale} stale: their instance no longer exists; `{} webhook remove --stale` removes them.",
                self.invocation
            ));
        }
        notes
    }
}

impl Report for Removed {
    fn human(&self, out: &mut String) {
        out.push_str(&format!(
            "Removed {} webhook(s) pointing at {}\n",
            self.removed.len(),
            self.target
                .as_deref()
                .unwrap_or("instances that no longer exist")
        ));
    }
}

impl Serialize for ConfigValues {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.values.serialize(s)
    }
}

impl Report for ConfigValues {
    fn human(&self, out: &mut String) {
        for (key, value) in &self.values {
            out.push_str(&format!("{key} = {}\n", clean(value)));
        }
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        if !self.values.is_empty() {
            return Vec::new();
        }
        vec![format!("profile {:?} has no saved settings", self.profile)]
    }
}

impl Serialize for Profiles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.names.serialize(s)
    }
}

impl Report for Profiles {
    fn notes(&self, _json: bool) -> Vec<String> {
        if !self.names.is_empty() {
            return Vec::new();
        }
        vec![format!(
            "No profile has saved settings yet (in use: {:?}); `{c} auth` or \
             `{c} config set KEY VALUE` saves some.",
            self.current,
            c = self.invocation
        )]
    }

    fn human(&self, out: &mut String) {
        for name in &self.names {
            let current = if *name == self.current {
                "  (current)"
            } else {
                ""
            };
            out.push_str(&format!("{name}{current}\n"));
        }
    }
}

impl Report for Booked {
    fn human(&self, out: &mut String) {
        out.push_str(&format!("Acuity: {} {}\n", clean(&self.action), self.id));
        for d in &self.deliveries {
            let result = match (d.status(), d.result["error"].as_str()) {
                (Some(status), _) => status.to_string(),
                (None, Some(error)) => format!("failed: {}", clean(error)),
                (None, None) => "no answer".to_owned(),
            };
            out.push_str(&format!(
                "  webhook {}  {}  -> {}  {result}\n",
                d.webhook,
                clean(&d.event),
                clean(&d.target)
            ));
        }
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        vec![format!(
            "{} webhook(s) fired, {} delivered.",
            self.deliveries.len(),
            self.arrived()
        )]
    }

    fn notes_with_json(&self) -> bool {
        true
    }
}

impl Report for Serving {
    fn human(&self, out: &mut String) {
        out.push_str(&self.api_root);
        out.push('\n');
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let stop = if self.background {
            format!(
                "It runs in the background (pid {}): `oc-acuity sandbox stop` stops it.",
                self.pid
            )
        } else {
            "Ctrl-C stops it.".to_owned()
        };
        vec![format!(
            "Sandbox serving the platform API at {} and Acuity at {}\nState: {}\n\
             `oc-acuity --sandbox ...` commands use it (any secrets are accepted; so does \
             --base-url {}). {stop}",
            self.api_root, self.acuity_root, self.state_file, self.api_root
        )]
    }
}

/// One event delivery as `events listen` prints it: a line per event, or the delivery's
/// JSON on one line (`--json`: `{"id", "verified", "repeated", "body"}`).
pub struct Delivery<'a>(pub &'a crate::local::events::Delivery);

impl Serialize for Delivery<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_json::json!({
            "id": self.0.id,
            "verified": self.0.verified,
            "repeated": self.0.repeated,
            "body": self.0.body,
        })
        .serialize(s)
    }
}

impl Report for Delivery<'_> {
    fn human(&self, out: &mut String) {
        let text = |value: &Value| match value {
            Value::String(s) => clean(s),
            other => clean(&other.to_string()),
        };
        // An unsigned delivery's text is anyone's: the line says so before any of it.
        let (mark, check) = if self.0.verified {
            ("", "signature verified")
        } else {
            ("UNSIGNED  ", "signature not checked")
        };
        let repeated = match (&self.0.id, self.0.repeated) {
            (Some(id), true) => format!("; repeated delivery {}", clean(id)),
            _ => String::new(),
        };
        for event in events_in(&self.0.body) {
            let field = |name: &str| event.get(name).map(text).unwrap_or_else(|| "-".to_owned());
            out.push_str(&format!(
                "{mark}{:<8} {} {}  ({check}{repeated})\n",
                field("eventType"),
                field("objectType"),
                field("objectId"),
            ));
        }
    }

    fn json_lines(&self) -> bool {
        true
    }
}

/// `events log`: one line per event, the platform's words as they are (its `status` values
/// are not documented). Dates of `YYYY-MM-DDTHH:MM:SSZ`; a longer cell is cut.
impl TableRow for Event {
    const COLUMNS: &'static [(&'static str, usize)] = &[
        ("WHEN", 20),
        ("OBJECT", 11),
        ("OBJECT ID", 10),
        ("EVENT", 7),
        ("STATUS", 0),
    ];

    const WHOLE: &'static [usize] = &[];

    fn cells(&self) -> Vec<String> {
        let joined = |part: fn(&crate::api::platform::Notified) -> &str| {
            let parts: Vec<&str> = self.notified.iter().map(part).collect();
            match parts.join(",") {
                empty if empty.is_empty() => "?".to_owned(),
                text => clean(&text),
            }
        };
        vec![
            clean(&self.date),
            joined(|n| &n.object_type),
            joined(|n| &n.object_id),
            joined(|n| &n.event_type),
            if self.status.is_empty() {
                "?".to_owned()
            } else {
                clean(&self.status)
            },
        ]
    }

    fn count_note(count: usize) -> String {
        format!("{count} event(s)")
    }
}

impl Serialize for EventLog {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.events.serialize(s)
    }
}

impl Report for EventLog {
    fn human(&self, out: &mut String) {
        if self.events.is_empty() {
            return;
        }
        let mut bytes = Vec::new();
        let header: Vec<String> = Event::COLUMNS
            .iter()
            .map(|(h, _)| (*h).to_owned())
            .collect();
        super::row_line::<Event>(&mut bytes, &header);
        for event in &self.events {
            super::row_line::<Event>(&mut bytes, &event.cells());
        }
        out.push_str(&String::from_utf8_lossy(&bytes));
    }

    fn notes(&self, _json: bool) -> Vec<String> {
        let (id, run) = (self.instance_id, &self.invocation);
        if self.total == 0 {
            let register = match self.serving_first {
                Some(first) => format!("First {first}; then register"),
                None => "Register".to_owned(),
            };
            return vec![format!(
                "The platform has received no event for instance {id}: Acuity has not called \
                 its Webhook URL. {register} the webhooks (`{run} webhook register {id}`), then \
                 {}; `{run} doctor {id}` checks the whole path.",
                self.how_to_book
            )];
        }
        let mut notes = vec![format!(
            "{} of {} event(s) the platform received for instance {id}, newest first.",
            self.events.len(),
            self.total
        )];
        if self.events.len() < self.total {
            notes.push("`--limit N` shows more.".to_owned());
        }
        notes
    }
}

/// `oc-acuity api`: the answer as pretty JSON either way. For people, a character that
/// could reorder or hide text on a terminal (serde leaves DEL, C1 controls and bidi
/// marks as they are) is written as its `\uXXXX` escape: outside strings pretty JSON
/// holds only spaces and newlines, so the text stays the same JSON.
impl Report for Answer {
    fn human(&self, out: &mut String) {
        let Some(value) = &self.0 else {
            return;
        };
        let pretty = serde_json::to_string_pretty(value).unwrap_or_default();
        for c in pretty.chars() {
            if c != '\n' && output::changes_the_line(c) {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            } else {
                out.push(c);
            }
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_text_cannot_drive_the_terminal() {
        assert_eq!(clean("plain name"), "plain name");
        assert_eq!(clean("a\nb"), "a\\nb");
        assert_eq!(clean("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert!(!clean("x\r\u{7}\u{9b}y").chars().any(char::is_control));
    }

    #[test]
    fn api_answers_escape_what_could_drive_the_terminal_and_stay_the_same_json() {
        let value = serde_json::json!({"name": "a\u{202e}b\u{9b}c\u{7f}\u{1b}", "n": [1]});
        let mut out = String::new();
        Answer(Some(value.clone())).human(&mut out);
        assert_eq!(
            out,
            "{\n  \"n\": [\n    1\n  ],\n  \"name\": \"a\\u202eb\\u009bc\\u007f\\u001b\"\n}\n"
        );
        assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), value);
        let mut empty = String::new();
        Answer(None).human(&mut empty);
        assert_eq!(empty, "");
    }
}
