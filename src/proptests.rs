//! Property tests of the four parsers that read outside input: the platform's instance
//! answer, the pasted redirect URL, the config file and the events listener's body (with
//! `report::clean`, which makes remote text safe to print). The same four are fuzzed with
//! cargo-fuzz under `fuzz/`; these run in the ordinary `cargo test`.
//!
//! Each property runs 256 cases by default (well under a second in all, in a debug build);
//! `PROPTEST_CASES=20000 cargo test --lib proptests` runs more.

use std::collections::BTreeMap;

use proptest::prelude::*;
use secrecy::ExposeSecret;
use serde_json::{Map, Value, json};

use crate::api::http::parse_json;
use crate::api::platform::Instance;
use crate::local::events::events_in;
use crate::local::loopback::{FlowError, parse_pasted};
use crate::report::clean;
use crate::settings::config::{ConfigFile, ProfileSettings};

/// The default number of cases, unless `PROPTEST_CASES` says otherwise.
fn config() -> ProptestConfig {
    // `ProptestConfig::default()` reads PROPTEST_CASES (and the other PROPTEST_* knobs).
    ProptestConfig {
        // Regressions are written as tests below, not to files next to the source.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any JSON value, a few levels deep, with the keys the parsers look for among the keys.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => Just("events".to_owned()),
        3 => Just("message".to_owned()),
        3 => Just("objectType".to_owned()),
        2 => Just("id".to_owned()),
        2 => Just("name".to_owned()),
        1 => ".{0,6}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

// ---------------------------------------------------------------------------------------
// 1. The instance answer of `POST /instances`.

/// An `id` as the platform may send it, and the id it means (`None`: unreadable).
fn instance_id() -> impl Strategy<Value = (Value, Option<u64>)> {
    prop_oneof![
        any::<u64>().prop_map(|n| (json!(n), Some(n))),
        any::<u64>().prop_map(|n| (json!(format!(" {n} ")), Some(n))),
        any::<i64>()
            .prop_filter("negative", |n| *n < 0)
            .prop_map(|n| (json!(n), None)),
        any::<f64>().prop_map(|f| (json!(f), None)),
        "[^0-9]{0,6}".prop_map(|s| (json!(s), None)),
        json_value().prop_map(|v| {
            let id = match &v {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => s.trim().parse().ok(),
                _ => None,
            };
            (v, id)
        }),
    ]
}

/// Tags as sent, and the names the parser should keep.
fn tags() -> impl Strategy<Value = (Value, Vec<String>)> {
    let tag = prop_oneof![
        ".{0,8}".prop_map(|s| (json!(s), Some(s))),
        (any::<u32>(), ".{0,8}").prop_map(|(id, s)| (json!({"id": id, "name": s}), Some(s))),
        any::<u32>().prop_map(|id| (json!({"id": id}), None)),
        json_value().prop_map(|v| match &v {
            Value::String(s) => (v.clone(), Some(s.clone())),
            Value::Object(o) => match o.get("name") {
                Some(Value::String(s)) => (v.clone(), Some(s.clone())),
                _ => (v, None),
            },
            _ => (v, None),
        }),
    ];
    prop_oneof![
        prop::collection::vec(tag, 0..5).prop_map(|tags| {
            let sent = Value::Array(tags.iter().map(|(v, _)| v.clone()).collect());
            (
                sent,
                tags.into_iter().filter_map(|(_, kept)| kept).collect(),
            )
        }),
        json_value()
            .prop_filter("not an array", |v| !v.is_array())
            .prop_map(|v| (v, Vec::new())),
    ]
}

fn maybe<T: std::fmt::Debug + Clone>(
    strategy: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::weighted(0.8, strategy)
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes: an instance or an error, never a panic, from both entry points, which
    /// agree; the error reads on one line, without control characters from the body.
    #[test]
    fn instance_answer_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let direct = serde_json::from_slice::<Instance>(&bytes);
        let through = parse_json::<Instance>("POST /instances", &bytes);
        if !bytes.is_empty() {
            prop_assert_eq!(direct.is_ok(), through.is_ok());
        }
        if let Err(e) = through {
            let message = e.to_string();
            prop_assert!(!message.chars().any(char::is_control), "{:?}", message);
        }
    }

    /// Any JSON value: an instance or an error, never a panic.
    #[test]
    fn instance_answer_any_json(value in json_value()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        let direct = serde_json::from_slice::<Instance>(&bytes);
        let through = parse_json::<Instance>("POST /instances", &bytes);
        prop_assert_eq!(direct.is_ok(), through.is_ok());
        if let Err(e) = through {
            let message = e.to_string();
            prop_assert!(!message.chars().any(char::is_control), "{:?}", message);
        }
    }

    /// Objects shaped like the platform's answer parse as documented: the id as a number
    /// or a numeric string, tags as strings or `{"name": ..}` objects, booleans as JSON or
    /// text, anything else in the lenient fields ignored.
    #[test]
    fn instance_answer_lenient_fields(
        (id, expected_id) in instance_id(),
        name in maybe(json_value()),
        token in maybe(prop_oneof![
            3 => ".{0,12}".prop_map(Value::String),
            1 => Just(Value::Null),
            1 => json_value(),
        ]),
        tags in maybe(tags()),
        events_enabled in maybe(prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            prop::sample::select(vec!["true", "TRUE", "False", "no", ""]).prop_map(|s| json!(s)),
            json_value(),
        ]),
        configuration in maybe(json_value()),
        extra in maybe(json_value()),
    ) {
        let mut object = Map::new();
        object.insert("id".into(), id);
        let fields = [
            ("name", name.clone()),
            ("token", token.clone()),
            ("tags", tags.as_ref().map(|(sent, _)| sent.clone())),
            ("eventsEnabled", events_enabled.clone()),
            ("configuration", configuration.clone()),
            ("element", extra),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                object.insert(key.into(), value);
            }
        }
        let body = serde_json::to_vec(&Value::Object(object)).unwrap();
        let parsed = parse_json::<Instance>("POST /instances", &body);
        // Expectations from the body as sent (serde_json writes some floats' last digit
        // differently from how it reads them back).
        let sent: Value = serde_json::from_slice(&body).unwrap();
        let field = |key: &str| sent.get(key).cloned();
        let (name, token, configuration) = (field("name"), field("token"), field("configuration"));
        let events_enabled = field("eventsEnabled");

        let token_ok = matches!(token, None | Some(Value::Null | Value::String(_)));
        match (expected_id, token_ok) {
            (Some(expected_id), true) => {
                let instance = parsed.map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
                prop_assert_eq!(instance.id, expected_id);
                let expected_name = match name {
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(s)) => s,
                    Some(other) => other.to_string(),
                };
                prop_assert_eq!(&instance.name, &expected_name);
                let expected_token = match token {
                    Some(Value::String(s)) => Some(s),
                    _ => None,
                };
                prop_assert_eq!(
                    instance.token.as_ref().map(|t| t.expose_secret().to_owned()),
                    expected_token
                );
                prop_assert_eq!(&instance.tags, &tags.map(|(_, kept)| kept).unwrap_or_default());
                let expected_configuration: BTreeMap<String, Value> = match configuration {
                    Some(Value::Object(map)) => map.into_iter().collect(),
                    _ => BTreeMap::new(),
                };
                prop_assert_eq!(&instance.configuration, &expected_configuration);
                let as_bool = |v: &Value| match v {
                    Value::Bool(b) => Some(*b),
                    Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
                    Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
                    _ => None,
                };
                let expected_events = events_enabled.as_ref().and_then(as_bool).or_else(|| {
                    expected_configuration
                        .get("event.notification.enabled")
                        .and_then(as_bool)
                });
                prop_assert_eq!(instance.events_enabled(), expected_events);
            }
            _ => prop_assert!(parsed.is_err(), "accepted an unreadable id or token"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// 2. The redirect URL or query the user pastes.

/// A state as `oauth` makes them (URL-safe) or any text at all.
fn state() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z0-9_-]{1,43}", ".{0,12}"]
}

/// Query parameters that are none of `state`, `code`, `error`, `error_description`.
fn other_params() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = ".{1,8}".prop_filter("a parameter the parser reads", |k| {
        !matches!(k.as_str(), "state" | "code" | "error" | "error_description")
    });
    prop::collection::vec((name, ".{0,8}"), 0..3)
}

/// The pasted text: the full redirected URL, its query with or without `?`, with spaces
/// or line breaks around it as a terminal paste may add.
fn pasted(pairs: &[(String, String)], form: u8, padding: &str) -> String {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let text = match form % 4 {
        0 => format!("https://app.example.com/oauth/cb?{query}"),
        1 => format!("http://127.0.0.1:8765/cb?{query}#fragment"),
        2 => format!("?{query}"),
        _ => query,
    };
    format!("{padding}{text}{padding}")
}

/// `pairs` in an order chosen by `order` (a permutation seed).
fn shuffled(mut pairs: Vec<(String, String)>, order: &[usize]) -> Vec<(String, String)> {
    for (i, &j) in order.iter().enumerate() {
        let n = pairs.len();
        if n > 1 {
            pairs.swap(i % n, j % n);
        }
    }
    pairs
}

fn padding() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", " ", "\n", "\t ", "\r\n"])
}

proptest! {
    #![proptest_config(config())]

    /// Any text and any state: never a panic.
    #[test]
    fn pasted_any_text(input in ".{0,64}", expected in ".{0,12}") {
        let _ = parse_pasted(&input, &expected);
    }

    /// Any text, checked against a state it cannot carry (random and absent from it): the
    /// only success is a bare code, which is the pasted text itself, trimmed; a refusal
    /// never gets through without the state.
    #[test]
    fn pasted_without_the_state_never_passes(
        input in prop_oneof![
            ".{0,64}",
            "[a-z]{0,6}(=[a-z0-9%]{0,6}&?){0,4}",
            "https?://[a-z.]{1,12}/[a-z]{0,4}\\?[a-z_]{0,6}=[a-z0-9]{0,6}(&[a-z_]{1,6}=.{0,6}){0,3}",
        ],
        expected in "[A-Za-z0-9]{16}",
    ) {
        prop_assume!(!input.contains(&expected));
        match parse_pasted(&input, &expected) {
            Ok(code) => {
                prop_assert!(!input.contains('='), "a query passed without the state");
                prop_assert_eq!(code.expose_secret(), input.trim());
            }
            Err(FlowError::StateMismatch | FlowError::NoCode) => {}
            Err(other) => prop_assert!(false, "{other:?}"),
        }
    }

    /// The right state and a code: the code, exactly; a code of only blanks is no code.
    #[test]
    fn pasted_with_the_state_gives_the_code(
        expected in state(),
        code in prop_oneof![".{1,40}", "[A-Za-z0-9]{20,40}", Just(" ".to_owned())],
        others in other_params(),
        order in prop::collection::vec(any::<usize>(), 0..4),
        form in any::<u8>(),
        padding in padding(),
    ) {
        let mut pairs = others;
        pairs.push(("state".into(), expected.clone()));
        pairs.push(("code".into(), code.clone()));
        let input = pasted(&shuffled(pairs, &order), form, padding);
        let outcome = parse_pasted(&input, &expected);
        if code.trim().is_empty() {
            prop_assert!(matches!(outcome, Err(FlowError::NoCode)), "{input:?}: {outcome:?}");
        } else {
            match outcome {
                Ok(got) => prop_assert_eq!(got.expose_secret(), code.as_str(), "{:?}", input),
                Err(e) => prop_assert!(false, "{input:?}: {e:?}"),
            }
        }
    }

    /// Any other state (or none): a mismatch, whatever else the answer carries.
    #[test]
    fn pasted_with_another_state_is_a_mismatch(
        expected in state(),
        sent in prop::option::of(state()),
        code in prop::option::of(".{1,20}"),
        error in prop::option::of("[a-z_]{1,20}"),
        others in other_params(),
        order in prop::collection::vec(any::<usize>(), 0..4),
        form in any::<u8>(),
        padding in padding(),
    ) {
        prop_assume!(sent.as_deref() != Some(expected.as_str()));
        // No state at all matches only an empty expected state.
        prop_assume!(sent.is_some() || !expected.is_empty());
        let mut pairs = others;
        pairs.extend(sent.map(|s| ("state".to_owned(), s)));
        pairs.extend(code.map(|c| ("code".to_owned(), c)));
        pairs.extend(error.map(|e| ("error".to_owned(), e)));
        // An empty query pasted alone ("" or "?") is no query: "?" reads as a bare code.
        prop_assume!(!pairs.is_empty() || form % 4 < 2);
        let input = pasted(&shuffled(pairs, &order), form, padding);
        let outcome = parse_pasted(&input, &expected);
        prop_assert!(matches!(outcome, Err(FlowError::StateMismatch)), "{input:?}: {outcome:?}");
    }

    /// `error=...` with the right state: Acuity's refusal, with its description, even when
    /// a code came too.
    #[test]
    fn pasted_refusal_is_denied(
        expected in state(),
        error in ".{0,20}",
        description in prop::option::of(".{0,30}"),
        code in prop::option::of(".{1,20}"),
        others in other_params(),
        order in prop::collection::vec(any::<usize>(), 0..4),
        form in any::<u8>(),
        padding in padding(),
    ) {
        let mut pairs = others;
        pairs.push(("state".into(), expected.clone()));
        pairs.push(("error".into(), error.clone()));
        pairs.extend(description.clone().map(|d| ("error_description".to_owned(), d)));
        pairs.extend(code.map(|c| ("code".to_owned(), c)));
        let input = pasted(&shuffled(pairs, &order), form, padding);
        match parse_pasted(&input, &expected) {
            Err(FlowError::Denied { error: got, description: got_description }) => {
                prop_assert_eq!(got, error);
                prop_assert_eq!(got_description, description);
            }
            other => prop_assert!(false, "{input:?}: {other:?}"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// 3. The config file.

/// Names, keys and values: any text, and the awkward cases of TOML (quotes, backslashes,
/// line breaks, dots, brackets, `#`, leading blanks, what looks like a number or a date).
fn config_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => ".{0,12}",
        2 => "[a-z][a-z0-9-]{0,10}",
        2 => "[ \"'\\\\\n\r\t.#=\\[\\]a{}]{0,8}",
        1 => prop::sample::select(vec![
            "", " ", "1", "1.5", "true", "1979-05-27", "inf", "nan", "'''", "\"\"\"",
            "a\"\"\"b", "x'''", "\n", "\nstart", "end\n", "\r\n", "\u{7f}", "\u{feff}",
        ])
        .prop_map(str::to_owned),
    ]
}

fn config_file() -> impl Strategy<Value = ConfigFile> {
    let profile = prop::collection::btree_map(config_text(), config_text(), 0..5);
    prop::collection::btree_map(config_text(), profile, 0..4).prop_map(|profiles| ConfigFile {
        profiles: profiles
            .into_iter()
            .map(|(name, pairs)| {
                let settings = ProfileSettings::from_pairs(
                    pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                );
                (name, settings)
            })
            .collect(),
    })
}

/// Profiles as comparable data: name, then every key and value.
type Flat = Vec<(String, Vec<(String, String)>)>;

fn flat(config: &ConfigFile) -> Flat {
    config
        .profiles
        .iter()
        .map(|(name, settings)| {
            let pairs = settings
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            (name.clone(), pairs)
        })
        .collect()
}

proptest! {
    #![proptest_config(config())]

    /// Any text: a config or an error, never a panic.
    #[test]
    fn config_any_text(text in prop_oneof![
        ".{0,80}",
        "(\\[profiles(\\.[a-z\"]{0,4}){0,2}\\]\n)?([a-z\"-]{0,5} ?= ?(\"[^\"]{0,5}\"|[0-9]{1,3}|true|\\{\\})\n){0,4}",
    ]) {
        if let Ok(config) = ConfigFile::parse(&text) {
            // What was read is written back to text that reads the same.
            let again = ConfigFile::parse(&config.to_text().unwrap())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(flat(&again), flat(&config));
        }
    }

    /// Any config: written out and read back, the same profiles, keys and values.
    #[test]
    fn config_round_trips(config in config_file()) {
        let text = config.to_text().map_err(|e| TestCaseError::fail(format!("{e:#}")))?;
        let back = ConfigFile::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{e}\n--- text ---\n{text}")))?;
        prop_assert_eq!(flat(&back), flat(&config), "text:\n{}", text);
    }
}

// ---------------------------------------------------------------------------------------
// 4. The events listener's body, and clean().

/// What `events_in` should find, from the documented rule: `message.events`, else
/// `events`, else the body itself when it has an `objectType`, else nothing. The first of
/// `message.events` and `events` that is present decides: when it is not an array, the
/// other is not looked at (`{"message": {"events": null}, "events": [..]}` has none).
fn expected_events(body: &Value) -> Vec<&Value> {
    let present = body
        .get("message")
        .and_then(|m| m.get("events"))
        .or_else(|| body.get("events"));
    if let Some(list) = present.and_then(Value::as_array) {
        return list.iter().collect();
    }
    if body.get("objectType").is_some() {
        return vec![body];
    }
    Vec::new()
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes: a JSON value or not; the events of a value, never a panic.
    #[test]
    fn delivery_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
            let _ = events_in(&value);
        }
    }

    /// Any JSON body: the events the documented rule finds.
    #[test]
    fn delivery_events(body in json_value()) {
        let bytes = serde_json::to_vec(&body).unwrap();
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        let got: Vec<*const Value> = events_in(&value).into_iter().map(|v| v as *const _).collect();
        let want: Vec<*const Value> =
            expected_events(&value).into_iter().map(|v| v as *const _).collect();
        prop_assert_eq!(got, want);
    }

    /// Any text: no control, bidirectional or invisible format character left; text
    /// without one unchanged.
    #[test]
    fn clean_leaves_no_control_character(text in prop_oneof![
        ".{0,40}",
        any::<String>(),
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a]{0,20}",
        "[\\u{200b}-\\u{200f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{feff}a]{0,20}",
    ]) {
        let cleaned = clean(&text);
        prop_assert!(!cleaned.chars().any(crate::term::output::changes_the_line), "{:?}", cleaned);
        if !text.chars().any(crate::term::output::changes_the_line) {
            prop_assert_eq!(&cleaned, &text);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Regressions: the inputs that showed a bug.

/// A body with control characters (here a lone 0x0e, a DEL inside JSON, and a C1 control
/// in an id's error message) left them in the error printed on stderr, where a terminal
/// obeys them. Found by `instance_answer_any_bytes` and `instance_answer_any_json`.
#[test]
fn unreadable_answer_shows_no_control_character() {
    let bodies: [&[u8]; 4] = [
        b"\x0e",
        br#"{"events":"\u007f"}"#,
        "{\"id\": [\"\u{85}\u{9b}31m\"]}".as_bytes(),
        b"<html>\x1b]0;title\x07 502</html>",
    ];
    for body in bodies {
        let message = parse_json::<Instance>("POST /instances", body)
            .expect_err("not an instance")
            .to_string();
        assert!(!message.chars().any(char::is_control), "{message:?}");
    }
    assert_eq!(
        crate::api::http::readable_excerpt(b"<p>\x1b[2J gone</p>"),
        "unexpected non-JSON response: \\u{1b}[2J gone"
    );
}
