//! Typed requests and responses of the platform API. Requests serialize to exactly the
//! documented body; responses parse leniently (older tenants send tags as objects and
//! configuration values as strings).

use std::collections::BTreeMap;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The configuration keys of the event settings.
pub const EVENTS_ENABLED: &str = "event.notification.enabled";
pub const EVENTS_CALLBACK_URL: &str = "event.notification.callback.url";
pub const EVENTS_SIGNATURE_KEY: &str = "event.notification.signature.key";

/// The connector key of Acuity Scheduling on the platform.
pub const ELEMENT_KEY: &str = "acuityscheduling";

/// How every platform API root's path ends.
pub const API_ROOT_PATH: &str = "/elements/api-v2";

/// The platform API root of SAP's US data center: the built-in default.
pub const DEFAULT_API_ROOT: &str =
    "https://api.openconnectors.us2.ext.hana.ondemand.com/elements/api-v2";

/// The Acuity OAuth client registered for this integration.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    pub client_id: String,
    pub client_secret: SecretString,
    /// The redirect URI registered at Acuity (`oauth.callback.url`).
    pub callback_url: String,
}

/// Whether and where the platform should deliver events.
#[derive(Debug, Clone)]
pub enum Events {
    Off,
    On {
        /// `event.notification.callback.url`
        callback_url: String,
        /// `event.notification.signature.key`
        signature_key: Option<SecretString>,
    },
}

/// A partial change of an instance (`PATCH /instances/{id}`): only what is set is sent.
#[derive(Debug, Default, Serialize)]
pub struct InstanceUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Configuration keys to change; secrets (the signature key) go here too.
    #[serde(
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "expose_values"
    )]
    pub configuration: BTreeMap<&'static str, ConfigValue>,
}

/// A configuration value of an [`InstanceUpdate`].
#[derive(Debug)]
pub enum ConfigValue {
    Bool(bool),
    Text(String),
    Secret(SecretString),
}

impl InstanceUpdate {
    /// Whether nothing would change.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.tags.is_none() && self.configuration.is_empty()
    }

    /// The JSON body, byte for byte as sent.
    pub fn to_body(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an InstanceUpdate always serializes")
    }
}

fn expose_values<S: Serializer>(
    values: &BTreeMap<&'static str, ConfigValue>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(values.len()))?;
    for (key, value) in values {
        match value {
            ConfigValue::Bool(b) => map.serialize_entry(key, b)?,
            ConfigValue::Text(t) => map.serialize_entry(key, t)?,
            ConfigValue::Secret(s) => map.serialize_entry(key, s.expose_secret())?,
        }
    }
    map.end()
}

/// Body of `POST /instances`, in the documented key order.
#[derive(Debug, Serialize)]
pub struct InstanceRequest {
    element: ElementRef,
    #[serde(rename = "providerData")]
    provider_data: ProviderData,
    configuration: Configuration,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    name: String,
}

#[derive(Debug, Serialize)]
struct ElementRef {
    key: &'static str,
}

#[derive(Debug, Serialize)]
struct ProviderData {
    #[serde(serialize_with = "expose")]
    code: SecretString,
}

#[derive(Debug, Serialize)]
struct Configuration {
    #[serde(rename = "oauth.api.key")]
    client_id: String,
    #[serde(rename = "oauth.api.secret", serialize_with = "expose")]
    client_secret: SecretString,
    #[serde(rename = "oauth.callback.url")]
    callback_url: String,
    #[serde(rename = "event.notification.enabled")]
    events_enabled: bool,
    #[serde(
        rename = "event.notification.callback.url",
        skip_serializing_if = "Option::is_none"
    )]
    event_callback_url: Option<String>,
    #[serde(
        rename = "event.notification.signature.key",
        skip_serializing_if = "Option::is_none",
        serialize_with = "expose_some"
    )]
    signature_key: Option<SecretString>,
}

impl InstanceRequest {
    /// Why `answer` cannot be about the instance this request creates, when it cannot: of
    /// another connector, or id 0. (Another name is said, not refused, by the caller: a
    /// platform might store a name otherwise than sent, and a lookup by the name sent
    /// would then never find it.)
    pub fn not_answered_by(&self, answer: &Instance) -> Option<String> {
        if let Err(other) = answer.ensure_acuity() {
            return Some(format!("its connector is {:?}", other.key));
        }
        if answer.id == 0 {
            return Some("its id is 0".to_owned());
        }
        None
    }

    /// The secrets the request carries: the grant code, the OAuth client secret and the
    /// signature key (to take out of an error that echoes the request).
    pub fn secrets(&self) -> Vec<SecretString> {
        let c = &self.configuration;
        [
            Some(&self.provider_data.code),
            Some(&c.client_secret),
            c.signature_key.as_ref(),
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
    }

    /// The request that creates an Acuity instance from a grant code.
    pub fn acuity(
        name: String,
        code: SecretString,
        oauth: OAuthClient,
        events: Events,
        tags: Vec<String>,
    ) -> Self {
        let (events_enabled, event_callback_url, signature_key) = match events {
            Events::Off => (false, None, None),
            Events::On {
                callback_url,
                signature_key,
            } => (true, Some(callback_url), signature_key),
        };
        InstanceRequest {
            element: ElementRef { key: ELEMENT_KEY },
            provider_data: ProviderData { code },
            configuration: Configuration {
                client_id: oauth.client_id,
                client_secret: oauth.client_secret,
                callback_url: oauth.callback_url,
                events_enabled,
                event_callback_url,
                signature_key,
            },
            tags,
            name,
        }
    }

    /// The instance name asked for.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The tags asked for.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// `event.notification.callback.url` when events are asked for.
    pub fn events_callback_url(&self) -> Option<&str> {
        self.configuration.event_callback_url.as_deref()
    }

    /// The JSON body, byte for byte as sent.
    pub fn to_body(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an InstanceRequest always serializes")
    }
}

fn expose<S: Serializer>(secret: &SecretString, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(secret.expose_secret())
}

fn expose_some<S: Serializer>(
    secret: &Option<SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match secret {
        Some(secret) => expose(secret, serializer),
        None => serializer.serialize_none(),
    }
}

/// Answer of `GET /elements/acuityscheduling/oauth/url`.
#[derive(Debug, Deserialize)]
pub struct OAuthUrl {
    #[serde(rename = "oauthUrl")]
    pub oauth_url: String,
}

/// A connector instance as the platform returns it.
#[derive(Debug, Deserialize)]
pub struct Instance {
    #[serde(deserialize_with = "lenient_id")]
    pub id: u64,
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: String,
    #[serde(default)]
    pub token: Option<SecretString>,
    #[serde(default, deserialize_with = "lenient_tags")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "lenient_map")]
    pub configuration: BTreeMap<String, Value>,
    #[serde(rename = "eventsEnabled", default, deserialize_with = "lenient_bool")]
    events_enabled: Option<bool>,
    #[serde(default, deserialize_with = "lenient_bool")]
    pub valid: Option<bool>,
    #[serde(default, deserialize_with = "lenient_bool")]
    pub disabled: Option<bool>,
    #[serde(rename = "createdDate", default, deserialize_with = "lenient_string")]
    pub created_date: String,
    /// The connector's key (`element.key`, or `element` as a plain key), when the answer
    /// says it.
    #[serde(default, deserialize_with = "element_key")]
    element: Option<String>,
}

/// An instance of another connector where an Acuity one was expected.
#[derive(Debug, thiserror::Error)]
#[error(
    "instance {id} is not an Acuity Scheduling instance (its connector is {key:?}); \
     oc-acuity shows, adopts and deletes only {ELEMENT_KEY} instances"
)]
pub struct NotAcuity {
    pub id: u64,
    pub key: String,
}

/// The records of `page` that are Acuity instances: those of another connector (an answer
/// listing every connector, or a wrong record) are dropped, never shown or adopted.
pub fn acuity_only(mut page: Vec<Instance>) -> Vec<Instance> {
    page.retain(Instance::is_acuity);
    page
}

impl Instance {
    /// Whether this is an Acuity instance: its connector key is `acuityscheduling`, or the
    /// answer does not say (the per-connector listing omits nothing, older answers may).
    pub fn is_acuity(&self) -> bool {
        self.element.as_deref().is_none_or(|key| key == ELEMENT_KEY)
    }

    /// [`NotAcuity`] unless [`Instance::is_acuity`].
    pub fn ensure_acuity(&self) -> Result<(), NotAcuity> {
        match &self.element {
            Some(key) if key != ELEMENT_KEY => Err(NotAcuity {
                id: self.id,
                key: crate::term::output::escape_controls(key),
            }),
            _ => Ok(()),
        }
    }

    /// Whether events are on: the top-level flag, else the configuration value; `None`
    /// when the answer says neither.
    pub fn events_enabled(&self) -> Option<bool> {
        self.events_enabled.or_else(|| {
            self.configuration
                .get("event.notification.enabled")
                .and_then(value_as_bool)
        })
    }

    /// `event.notification.callback.url`, when set.
    pub fn event_callback_url(&self) -> Option<&str> {
        self.configuration
            .get("event.notification.callback.url")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// Reads `true`, `false`, `"true"`, `"false"` (any case); anything else is unknown.
fn value_as_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

fn lenient_id<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    match Value::deserialize(d)? {
        Value::Number(n) => n.as_u64().ok_or_else(|| {
            serde::de::Error::custom(format!("instance id {n} is not a whole number"))
        }),
        Value::String(s) => s
            .trim()
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("instance id {s:?} is not a number"))),
        other => Err(serde::de::Error::custom(format!(
            "instance id has an unexpected type: {other}"
        ))),
    }
}

fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => String::new(),
        Value::String(s) => s,
        other => other.to_string(),
    })
}

fn element_key<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(key) => Some(key),
        Value::Object(mut element) => match element.remove("key") {
            Some(Value::String(key)) => Some(key),
            _ => None,
        },
        _ => None,
    })
}

fn lenient_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(value_as_bool(&Value::deserialize(d)?))
}

fn lenient_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Value>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Object(map) => map.into_iter().collect(),
        _ => BTreeMap::new(),
    })
}

/// Tags come as `["a"]` or, from older tenants, as `[{"id": 1, "name": "a"}]`.
fn lenient_tags<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let Value::Array(items) = Value::deserialize(d)? else {
        return Ok(Vec::new());
    };
    Ok(items
        .into_iter()
        .filter_map(|item| match item {
            Value::String(s) => Some(s),
            Value::Object(mut o) => match o.remove("name") {
                Some(Value::String(s)) => Some(s),
                _ => None,
            },
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn oauth() -> OAuthClient {
        OAuthClient {
            client_id: "cid".into(),
            client_secret: SecretString::from("csecret"),
            callback_url: "https://app.example.com/cb".into(),
        }
    }

    #[test]
    fn body_without_events_or_tags_has_no_optional_keys() {
        let request = InstanceRequest::acuity(
            "n".into(),
            SecretString::from("code"),
            oauth(),
            Events::Off,
            vec![],
        );
        let body: Value = serde_json::from_slice(&request.to_body()).unwrap();
        assert_eq!(
            body,
            json!({
                "element": {"key": "acuityscheduling"},
                "providerData": {"code": "code"},
                "configuration": {
                    "oauth.api.key": "cid",
                    "oauth.api.secret": "csecret",
                    "oauth.callback.url": "https://app.example.com/cb",
                    "event.notification.enabled": false
                },
                "name": "n"
            })
        );
    }

    #[test]
    fn debug_output_redacts_secrets() {
        let request = InstanceRequest::acuity(
            "n".into(),
            SecretString::from("the-code"),
            oauth(),
            Events::On {
                callback_url: "https://e".into(),
                signature_key: Some(SecretString::from("sigkey")),
            },
            vec![],
        );
        let debug = format!("{request:?}");
        for secret in ["the-code", "csecret", "sigkey"] {
            assert!(!debug.contains(secret), "{secret} leaked in {debug}");
        }
    }

    #[test]
    fn parses_old_and_new_response_shapes() {
        let old: Instance = serde_json::from_value(json!({
            "id": "12345", "name": null, "token": "ABC/D",
            "tags": [{"id": 1, "name": "ci"}, "plain"],
            "configuration": {"event.notification.enabled": "true", "x": null},
            "valid": "true", "createdDate": 1700000000, "unknown": {"a": 1}
        }))
        .unwrap();
        assert_eq!(old.id, 12345);
        assert_eq!(old.name, "");
        assert_eq!(old.tags, vec!["ci", "plain"]);
        assert_eq!(old.events_enabled(), Some(true));
        assert_eq!(old.valid, Some(true));
        assert_eq!(old.created_date, "1700000000");

        let new: Instance = serde_json::from_value(json!({
            "id": 7, "token": "t", "eventsEnabled": false, "tags": ["a"],
            "configuration": {"event.notification.enabled": true}
        }))
        .unwrap();
        assert_eq!(new.events_enabled(), Some(false), "the top-level flag wins");
    }

    #[test]
    fn only_acuity_records_are_kept() {
        let records: Vec<Instance> = serde_json::from_value(json!([
            {"id": 1, "element": {"id": 6156, "key": "acuityscheduling"}},
            {"id": 2, "element": {"key": "hubspot"}},
            {"id": 3},
            {"id": 4, "element": "hubspot"},
            {"id": 5, "element": "acuityscheduling"},
            {"id": 6, "element": {"id": 9}},
        ]))
        .unwrap();
        let verdicts: Vec<(u64, bool)> = records.iter().map(|i| (i.id, i.is_acuity())).collect();
        assert_eq!(
            verdicts,
            [
                (1, true),
                (2, false),
                (3, true),
                (4, false),
                (5, true),
                (6, true)
            ]
        );
        let kept: Vec<u64> = acuity_only(records).iter().map(|i| i.id).collect();
        assert_eq!(kept, [1, 3, 5, 6]);
        let hubspot: Instance =
            serde_json::from_value(json!({"id": 2, "element": {"key": "hubspot"}})).unwrap();
        assert_eq!(
            hubspot.ensure_acuity().unwrap_err().to_string(),
            "instance 2 is not an Acuity Scheduling instance (its connector is \"hubspot\"); \
             oc-acuity shows, adopts and deletes only acuityscheduling instances"
        );
    }

    #[test]
    fn rejects_a_missing_or_bad_id() {
        assert!(serde_json::from_value::<Instance>(json!({"token": "t"})).is_err());
        assert!(serde_json::from_value::<Instance>(json!({"id": "x"})).is_err());
    }
}
