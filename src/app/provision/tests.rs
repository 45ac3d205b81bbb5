//! The provisioning decisions as a table, in-process: what an `instance create` does given
//! the instances already named as asked, `--if-exists`, and the fate of its POST's answer.
//! Each row runs [`create`] against a small platform on a loopback port that records every
//! request, so the requests in the table are the ones really sent; the exit code is the
//! crate's own mapping of the error (`cli::exit_code_for`, as `main` uses it).
//!
//! One end-to-end run per path stays in `tests/cli` (`if_exists`, `lost_answer`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use super::{Action, CreateRequest, IfExists, ProvisionRequest, create, exit_code_for};
use crate::api::http::ClientOptions;
use crate::app::context::{Context, Globals};
use Action::{Created, Reauthorized, Recovered, Reused};

/// The name every row asks for.
const NAME: &str = "ci-instance";
/// The instance already there with that name (Acuity's, or another connector's).
const EXISTING: u64 = 501;
/// The instance the platform makes for the POST.
const MADE: u64 = 777;

/// What the account holds before the run.
#[derive(Debug, Clone, Copy)]
enum Existing {
    /// No instance has the name.
    Nothing,
    /// An Acuity instance has it.
    SameName,
    /// Another connector's instance has it (the listing must not take it for Acuity's).
    OtherConnector,
    /// An Acuity instance has it, and the platform says it is not valid (its grant was
    /// revoked): what a reauthorization is for.
    Invalid,
}

/// What becomes of the POST (or a reauthorization's PUT) and its answer.
#[derive(Debug, Clone, Copy)]
enum Fate {
    /// Made and answered.
    Answered,
    /// Made; the connection closes before the answer.
    LostThenFound,
    /// Made; answered with this server error.
    ErrorAfterMaking(u16),
    /// Answered with this server error; nothing made.
    ErrorNotMaking(u16),
    /// The connection closes before anything is made.
    LostNotFound,
    /// Made, the answer lost, and the lookup after it fails (503, no retries).
    LostLookupFails,
    /// Refused with this status; nothing made.
    Refused(u16),
}

use Existing::*;
use Fate::*;
use IfExists::{Fail, Reauth, Reuse};

/// `GET /instances` (the lookup by name, `searchText` and `hydrate`), without its query.
const LIST: &str = "GET /instances";
const POST: &str = "POST /instances";
const GET_MADE: &str = "GET /instances/777";
const GET_EXISTING: &str = "GET /instances/501";
const PATCH_EXISTING: &str = "PATCH /instances/501";
const PUT_EXISTING: &str = "PUT /instances/501";

/// One row: the inputs, then what must come of them.
struct Row {
    existing: Existing,
    if_exists: IfExists,
    /// `--tag`, when asked (the instance there is tagged `old`).
    tag: Option<&'static str>,
    fate: Fate,
    action: Option<Action>,
    requests: &'static [&'static str],
    exit: u8,
}

/// Builds a [`Row`]: the columns of [`TABLE`] in order.
const fn row(
    existing: Existing,
    if_exists: IfExists,
    tag: Option<&'static str>,
    fate: Fate,
    action: Option<Action>,
    requests: &'static [&'static str],
    exit: u8,
) -> Row {
    Row {
        existing,
        if_exists,
        tag,
        fate,
        action,
        requests,
        exit,
    }
}

#[rustfmt::skip]
const TABLE: &[Row] = &[
    //  existing        --if-exists --tag        the POST's answer      -> action           requests sent                           exit
    row(Nothing,        Fail,       None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(Nothing,        Reuse,      None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(Nothing,        Reauth,     None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(Nothing,        Fail,       None,        LostThenFound,         Some(Recovered),    &[LIST, POST, LIST, GET_MADE],          0),
    row(Nothing,        Fail,       None,        ErrorAfterMaking(502), Some(Recovered),    &[LIST, POST, LIST, GET_MADE],          0),
    row(Nothing,        Fail,       None,        LostNotFound,          None,               &[LIST, POST, LIST],                    3),
    row(Nothing,        Fail,       None,        ErrorNotMaking(502),   None,               &[LIST, POST, LIST],                    1),
    // A 429 or a redirect answering a create is unusual enough to look: made, recovered;
    // not made, most likely none (exit 1).
    row(Nothing,        Fail,       None,        ErrorAfterMaking(429), Some(Recovered),    &[LIST, POST, LIST, GET_MADE],          0),
    row(Nothing,        Fail,       None,        ErrorNotMaking(429),   None,               &[LIST, POST, LIST],                    1),
    row(Nothing,        Fail,       None,        ErrorAfterMaking(303), Some(Recovered),    &[LIST, POST, LIST, GET_MADE],          0),
    row(Nothing,        Fail,       None,        ErrorNotMaking(307),   None,               &[LIST, POST, LIST],                    1),
    row(Nothing,        Fail,       None,        LostLookupFails,       None,               &[LIST, POST, LIST],                    3),
    row(Nothing,        Fail,       None,        Refused(400),          None,               &[LIST, POST],                          1),
    row(Nothing,        Fail,       None,        Refused(401),          None,               &[LIST, POST],                          4),
    row(SameName,       Fail,       None,        Answered,              None,               &[LIST],                                1),
    row(SameName,       Reuse,      None,        Answered,              Some(Reused),       &[LIST, GET_EXISTING],                  0),
    row(SameName,       Reuse,      Some("new"), Answered,              Some(Reused),       &[LIST, PATCH_EXISTING, GET_EXISTING],  0),
    row(SameName,       Reauth,     None,        Answered,              Some(Reauthorized), &[LIST, PUT_EXISTING],                  0),
    // A reauthorization's lost answer is read back (its grant code is never sent twice).
    // Valid before and after: whether the new grant took (or will yet) cannot be told.
    row(SameName,       Reauth,     None,        LostThenFound,         None,               &[LIST, PUT_EXISTING, GET_EXISTING],    3),
    row(SameName,       Reauth,     None,        LostNotFound,          None,               &[LIST, PUT_EXISTING, GET_EXISTING],    3),
    // Not valid before, valid after: the PUT took effect.
    row(Invalid,        Reauth,     None,        Answered,              Some(Reauthorized), &[LIST, PUT_EXISTING],                  0),
    row(Invalid,        Reauth,     None,        LostThenFound,         Some(Reauthorized), &[LIST, PUT_EXISTING, GET_EXISTING],    0),
    row(Invalid,        Reauth,     None,        LostNotFound,          None,               &[LIST, PUT_EXISTING, GET_EXISTING],    3),
    row(OtherConnector, Fail,       None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(OtherConnector, Reuse,      None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(OtherConnector, Reauth,     None,        Answered,              Some(Created),      &[LIST, POST],                          0),
    row(OtherConnector, Fail,       None,        LostThenFound,         Some(Recovered),    &[LIST, POST, LIST, GET_MADE],          0),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provisioning_decisions() {
    let mut failures = Vec::new();
    for row in TABLE {
        let (action, requests, exit) = run(row).await;
        let expected = (row.action, row.requests.to_vec(), ExitCode::from(row.exit));
        if (action, requests.iter().map(String::as_str).collect(), exit) != expected {
            failures.push(format!(
                "{:?} / --if-exists {:?} / --tag {:?} / {:?}:\n  \
                 expected {:?}, {:?}, exit {}\n  got      {action:?}, {requests:?}, {exit:?}",
                row.existing, row.if_exists, row.tag, row.fate, row.action, row.requests, row.exit
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs the row's create against a fresh platform: the action taken, the requests sent,
/// the exit code.
async fn run(row: &Row) -> (Option<Action>, Vec<String>, ExitCode) {
    let platform = Platform::start(row.existing, row.fate);
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret");
    std::fs::write(&secret, "s\n").unwrap();
    let ctx = Context::new(Globals {
        profile: Some("decisions".into()),
        base_url: Some(format!("{}/elements/api-v2", platform.root)),
        no_input: true,
        user_secret_file: Some(secret.clone()),
        org_secret_file: Some(secret.clone()),
        client_options: ClientOptions {
            retries: 0,
            ..ClientOptions::default()
        },
        ..Globals::default()
    })
    .unwrap();
    let outcome = create(&ctx, request(row, secret)).await;
    let requests = platform.requests();
    match outcome {
        Ok(provisioned) => {
            let exit = match provisioned.store_problem {
                Some(_) => ExitCode::from(crate::error::exit::NOT_STORED),
                None => ExitCode::SUCCESS,
            };
            (Some(provisioned.created.action), requests, exit)
        }
        Err(error) => (None, requests, exit_code_for(&error)),
    }
}

/// `instance create --name NAME --code c --no-events --no-store` with the row's
/// `--if-exists` and `--tag`, every setting given so that nothing is asked or read from
/// the keyring.
fn request(row: &Row, secret: PathBuf) -> CreateRequest {
    CreateRequest {
        name: NAME.into(),
        code: Some("grant-code".into()),
        code_file: None,
        no_store: true,
        provision: ProvisionRequest {
            client_id: Some("client-id".into()),
            client_secret_file: Some(secret),
            callback_url: Some("https://app.example.com/cb".into()),
            no_events: true,
            tags: row.tag.map(str::to_owned).into_iter().collect(),
            timeout: Duration::from_secs(5),
            no_browser: true,
            if_exists: row.if_exists,
            ..ProvisionRequest::default()
        },
    }
}

/// The platform of one row: its instances, the POST's fate, the requests it got.
struct Platform {
    root: String,
    state: Arc<Mutex<State>>,
}

struct State {
    instances: Vec<Value>,
    fate: Fate,
    posted: bool,
    requests: Vec<String>,
}

/// What the platform does with one request.
enum Answer {
    Json(u16, Value),
    /// Close the connection without a word.
    Drop,
}

impl Platform {
    fn start(existing: Existing, fate: Fate) -> Self {
        let instances = match existing {
            Nothing => vec![],
            SameName => vec![instance(EXISTING, NAME, "acuityscheduling")],
            OtherConnector => vec![instance(EXISTING, NAME, "closeio")],
            Invalid => {
                let mut revoked = instance(EXISTING, NAME, "acuityscheduling");
                revoked["valid"] = json!(false);
                vec![revoked]
            }
        };
        let state = Arc::new(Mutex::new(State {
            instances,
            fate,
            posted: false,
            requests: Vec::new(),
        }));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let root = format!("http://{}", listener.local_addr().unwrap());
        let serving = state.clone();
        // Ends with the test process; each row's listener is idle once its run is over.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                serve(stream, &serving);
            }
        });
        Self { root, state }
    }

    fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }
}

/// The platform's JSON of an instance of connector `key`.
fn instance(id: u64, name: &str, key: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "token": format!("token-{id}"),
        "element": {"key": key},
        "tags": ["old"],
        "configuration": {"event.notification.enabled": "false"},
        "eventsEnabled": false,
        "valid": true,
    })
}

/// Reads one request, answers it (one request per connection) and records it.
fn serve(stream: TcpStream, state: &Mutex<State>) {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut words = line.split_whitespace();
    let method = words.next().unwrap_or_default().to_owned();
    let target = words.next().unwrap_or_default();
    let path = target
        .split('?')
        .next()
        .unwrap_or_default()
        .trim_start_matches("/elements/api-v2")
        .to_owned();
    let mut length = 0;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let answer = {
        let mut state = state.lock().unwrap();
        state.requests.push(format!("{method} {path}"));
        answer(&mut state, &method, &path, &body)
    };
    if let Answer::Json(status, value) = answer {
        let body = value.to_string();
        let mut stream = &stream;
        let _ = write!(
            stream,
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        );
    }
}

/// What the platform answers `method path` with `body`, and what it does first.
fn answer(state: &mut State, method: &str, path: &str, body: &[u8]) -> Answer {
    let find = |state: &State, id: &str| {
        state
            .instances
            .iter()
            .position(|i| id.parse().is_ok_and(|id: u64| i["id"] == id))
    };
    match (method, path.rsplit_once('/')) {
        ("GET", Some(("", "instances"))) => {
            if state.posted && matches!(state.fate, LostLookupFails) {
                return Answer::Json(503, json!({"message": "unavailable"}));
            }
            Answer::Json(200, Value::Array(state.instances.clone()))
        }
        ("POST", Some(("", "instances"))) => {
            state.posted = true;
            let asked: Value = serde_json::from_slice(body).unwrap_or_default();
            let name = asked["name"].as_str().unwrap_or_default();
            let made = instance(MADE, name, "acuityscheduling");
            match state.fate {
                Refused(status) => {
                    return Answer::Json(status, json!({"message": "refused"}));
                }
                LostNotFound => return Answer::Drop,
                ErrorNotMaking(status) => {
                    return Answer::Json(status, json!({"message": "unavailable"}));
                }
                _ => state.instances.push(made.clone()),
            }
            match state.fate {
                Answered => Answer::Json(200, made),
                ErrorAfterMaking(status) => Answer::Json(status, json!({"message": "oops"})),
                _ => Answer::Drop,
            }
        }
        (method, Some(("/instances", id))) => match (method, find(state, id)) {
            ("GET", Some(at)) => Answer::Json(200, state.instances[at].clone()),
            ("PUT", Some(at)) => {
                if matches!(state.fate, LostNotFound) {
                    return Answer::Drop;
                }
                state.instances[at]["token"] = json!("token-reauthorized");
                state.instances[at]["valid"] = json!(true);
                match state.fate {
                    LostThenFound => Answer::Drop,
                    _ => Answer::Json(200, state.instances[at].clone()),
                }
            }
            ("PATCH", Some(at)) => {
                let change: Value = serde_json::from_slice(body).unwrap_or_default();
                if let Some(tags) = change.get("tags") {
                    state.instances[at]["tags"] = tags.clone();
                }
                Answer::Json(200, state.instances[at].clone())
            }
            _ => Answer::Json(404, json!({"message": "no such instance"})),
        },
        _ => Answer::Json(404, json!({"message": "no such endpoint"})),
    }
}
