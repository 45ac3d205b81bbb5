//! `oc-acuity api`: any platform call with the profile's credentials, the way `gh api`
//! makes any GitHub call. Everything the user typed is checked before a request is sent.

use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;

use reqwest::Method;
use secrecy::SecretString;
use serde::Serialize;
use serde_json::Value;

use super::context::Context;
use super::instances;
use super::platform::{self, explain_rejection};
use crate::api::platform::RawCall;
use crate::error::CliError;

/// What `oc-acuity api` was asked, as typed.
#[derive(Debug, Clone, Default)]
pub struct ApiRequest {
    /// `--method`; none: GET, or POST when a body is given.
    pub method: Option<String>,
    /// The path below the API root (a leading `/` optional), maybe with a `?query`.
    pub path: String,
    /// `--field K=V`, in order.
    pub fields: Vec<String>,
    /// `--input FILE|-`: a raw JSON body.
    pub input: Option<PathBuf>,
    pub paginate: bool,
    /// `--instance [ID]`: `Some(None)` is the profile's stored instance.
    pub instance: Option<Option<u64>>,
}

/// The platform's answer: one JSON document (with `--paginate`, the array of every page's
/// items), `None` for an empty body.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Answer(pub Option<Value>);

/// Pages followed at most by `--paginate`: a platform that keeps sending new page tokens
/// is stopped there rather than followed forever.
pub const MAX_PAGES: usize = 1000;

/// Sends the call (every page of it with `--paginate`) and returns the answer.
pub async fn call(ctx: &Context, request: ApiRequest) -> anyhow::Result<Answer> {
    let call = plan(&request, read_input)?;
    let (client, sources) = platform::client(ctx).await?;
    let token = match request.instance {
        None => None,
        Some(id) => Some(instance_token(ctx, &client, id).await?),
    };
    let explain = |e| {
        let e = explain_rejection(e, &sources);
        match (&token, e.downcast_ref::<CliError>()) {
            // The rejected credential may be the token, which `explain_rejection` cannot name.
            (Some(_), Some(CliError::Credentials(message))) => CliError::Credentials(format!(
                "{message}\nThe call also carried an instance token (--instance): if that is \
                 the one rejected, `{} instance reauth` renews it.",
                ctx.invocation()
            ))
            .into(),
            _ => e,
        }
    };
    if !request.paginate {
        let answer = client.raw(&call, token.as_ref()).await.map_err(explain)?;
        return Ok(Answer(answer.body));
    }
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    let mut next: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut page = call.clone();
        if let Some(cursor) = &next {
            page.query.retain(|(key, _)| key != "nextPage");
            page.query.push(("nextPage".to_owned(), cursor.clone()));
        }
        let answer = client.raw(&page, token.as_ref()).await.map_err(explain)?;
        // An empty page with a token goes on, as in the instance listing: the token, not the
        // page, says whether there is more. An answer without a body ends it.
        let bodiless = match answer.body {
            Some(Value::Array(page_items)) => {
                items.extend(page_items);
                false
            }
            Some(other) => {
                items.push(other);
                false
            }
            None => true,
        };
        match answer.next_page {
            Some(_) if bodiless => return Ok(Answer(Some(Value::Array(items)))),
            None => return Ok(Answer(Some(Value::Array(items)))),
            Some(cursor) if !seen.insert(cursor.clone()) => anyhow::bail!(
                "the platform sent the page token {cursor:?} a second time; stopped, since \
                 --paginate would never end ({} items so far)",
                items.len()
            ),
            Some(cursor) => next = Some(cursor),
        }
    }
    anyhow::bail!(
        "the platform kept paging: {MAX_PAGES} pages read ({} items), and it still sent a \
         next-page token; stopped",
        items.len()
    )
}

/// The token to call as: the stored one (or the sandbox's newest instance's), or, for
/// another instance, the one the platform holds for it.
async fn instance_token(
    ctx: &Context,
    client: &crate::api::platform::Client,
    id: Option<u64>,
) -> anyhow::Result<SecretString> {
    match id {
        Some(id) if !ctx.is_stored_instance(id) => {
            let (_, sources) = platform::credentials(ctx).await?;
            let instance = client
                .get_instance(id)
                .await
                .map_err(|e| explain_rejection(e, &sources))?;
            instance.token.ok_or_else(|| {
                anyhow::anyhow!("the platform's record of instance {id} holds no token")
            })
        }
        _ => instances::token(ctx).await,
    }
}

/// The body of `--input`: the file, or stdin for `-`.
fn read_input(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// The call `request` asks for, or a usage error (exit 2) before anything is sent.
fn plan(
    request: &ApiRequest,
    read: impl Fn(&std::path::Path) -> std::io::Result<Vec<u8>>,
) -> anyhow::Result<RawCall> {
    let (segments, mut query) = split_path(&request.path)?;
    let fields = request
        .fields
        .iter()
        .map(|field| parse_field(field))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let input = match &request.input {
        None => None,
        Some(path) => {
            let bytes = read(path).map_err(|e| {
                CliError::usage(format!("--input: cannot read {}: {e}", path.display()))
            })?;
            serde_json::from_slice::<Value>(&bytes).map_err(|e| {
                CliError::usage(format!(
                    "--input: {} is not JSON (line {}, column {})",
                    path.display(),
                    e.line(),
                    e.column()
                ))
            })?;
            Some(bytes)
        }
    };
    let has_body = input.is_some() || !fields.is_empty();
    let method = match &request.method {
        None if has_body => Method::POST,
        None => Method::GET,
        Some(given) => match given.to_ascii_uppercase().as_str() {
            "GET" => Method::GET,
            "POST" => Method::POST,
            "PUT" => Method::PUT,
            "PATCH" => Method::PATCH,
            "DELETE" => Method::DELETE,
            _ => {
                return Err(CliError::usage(format!(
                    "--method: {given:?} is not one of GET, POST, PUT, PATCH, DELETE"
                )));
            }
        },
    };
    if method == Method::GET && input.is_some() {
        return Err(CliError::usage(
            "--input: a GET carries no body (give --method, or --field for query parameters)",
        ));
    }
    if request.paginate && method != Method::GET {
        return Err(CliError::usage(format!(
            "--paginate follows the pages of a GET, not of a {method}"
        )));
    }
    let body = if method == Method::GET {
        query.extend(fields.into_iter().map(|(key, value)| (key, value.text)));
        None
    } else if let Some(bytes) = input {
        Some(bytes)
    } else if fields.is_empty() {
        None
    } else {
        let mut object = serde_json::Map::new();
        for (key, value) in fields {
            if object.insert(key.clone(), value.json).is_some() {
                return Err(CliError::usage(format!(
                    "--field: {key:?} is given twice (a body holds each key once)"
                )));
            }
        }
        Some(serde_json::to_vec(&Value::Object(object))?)
    };
    Ok(RawCall {
        method,
        segments,
        query,
        body,
    })
}

/// Query parameters, in order.
type Query = Vec<(String, String)>;

/// The path's segments below the API root, and the query written after `?`. An absolute
/// URL is refused: the profile's credentials would be sent to another host.
fn split_path(path: &str) -> anyhow::Result<(Vec<String>, Query)> {
    let (path_part, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path, None),
    };
    if path.contains("://") || path.starts_with("//") || url::Url::parse(path).is_ok() {
        return Err(CliError::usage(format!(
            "PATH: {path:?} is an absolute URL; give a path below the API root (such as \
             `instances`): the credentials go only to the API root (--base-url)"
        )));
    }
    if path.chars().any(|c| c.is_control() || c == '#') {
        return Err(CliError::usage(format!(
            "PATH: {path:?} holds a control character or '#'"
        )));
    }
    let segments: Vec<String> = path_part
        .trim_start_matches('/')
        .split('/')
        .map(str::to_owned)
        .collect();
    if segments.iter().any(|s| s == "." || s == "..") {
        return Err(CliError::usage(format!(
            "PATH: {path:?} holds `.` or `..`: give a path below the API root"
        )));
    }
    if segments.iter().all(String::is_empty) {
        return Err(CliError::usage(
            "PATH is empty: give a path below the API root, such as `instances`",
        ));
    }
    let query = query
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    Ok((segments, query))
}

/// A `--field` value: as text (a query parameter) and as JSON (a body field).
#[derive(Debug, Clone, PartialEq)]
struct FieldValue {
    text: String,
    json: Value,
}

/// `K=V`: numbers, `true`, `false` and `null` are JSON in a body; anything else a string.
fn parse_field(field: &str) -> anyhow::Result<(String, FieldValue)> {
    let Some((key, value)) = field.split_once('=') else {
        return Err(CliError::usage(format!(
            "--field: {field:?} is not KEY=VALUE"
        )));
    };
    if key.is_empty() {
        return Err(CliError::usage(format!("--field: {field:?} has no key")));
    }
    let json = match value {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ if value.trim() == value => match serde_json::from_str::<serde_json::Number>(value) {
            Ok(number) => Value::Number(number),
            Err(_) => Value::String(value.to_owned()),
        },
        _ => Value::String(value.to_owned()),
    };
    Ok((
        key.to_owned(),
        FieldValue {
            text: value.to_owned(),
            json,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Option<&str>, path: &str, fields: &[&str]) -> ApiRequest {
        ApiRequest {
            method: method.map(str::to_owned),
            path: path.to_owned(),
            fields: fields.iter().map(|f| f.to_string()).collect(),
            ..ApiRequest::default()
        }
    }

    /// What a call sends (method, path segments, query, body), or the usage error's words.
    type Expected = Result<
        (
            &'static str,
            &'static [&'static str],
            &'static [(&'static str, &'static str)],
            Option<&'static str>,
        ),
        &'static str,
    >;

    /// What each command line sends: method, path segments, query, body; or the usage error.
    #[test]
    fn plans_follow_the_flags() {
        let no_file = |_: &std::path::Path| -> std::io::Result<Vec<u8>> { unreachable!() };
        #[rustfmt::skip]
        let rows: Vec<(ApiRequest, Expected)> = vec![
            (request(None, "instances", &[]), Ok(("GET", &["instances"], &[], None))),
            (request(None, "/instances/12/events", &[]), Ok(("GET", &["instances", "12", "events"], &[], None))),
            (request(None, "instances?searchText=a%20b&hydrate=true", &[]),
             Ok(("GET", &["instances"], &[("searchText", "a b"), ("hydrate", "true")], None))),
            (request(Some("get"), "instances", &["tags[]=x", "pageSize=2"]),
             Ok(("GET", &["instances"], &[("tags[]", "x"), ("pageSize", "2")], None))),
            (request(None, "instances/1", &["name=n", "n=12", "b=true", "z=null", "s= 1", "e="]),
             Ok(("POST", &["instances", "1"], &[], Some(r#"{"b":true,"e":"","n":12,"name":"n","s":" 1","z":null}"#)))),
            (request(Some("patch"), "instances/1", &["x=1.5", "v=01"]), Ok(("PATCH", &["instances", "1"], &[], Some(r#"{"v":"01","x":1.5}"#)))),
            (request(Some("DELETE"), "instances/1", &[]), Ok(("DELETE", &["instances", "1"], &[], None))),
            (request(None, "https://evil.example/x", &[]), Err("absolute URL")),
            (request(None, "//evil.example/x", &[]), Err("absolute URL")),
            (request(None, "http:x", &[]), Err("absolute URL")),
            (request(None, "instances/../../x", &[]), Err("`..`")),
            (request(None, "/", &[]), Err("PATH is empty")),
            (request(None, "instances#x", &[]), Err("'#'")),
            (request(Some("TRACE"), "instances", &[]), Err("not one of")),
            (request(None, "instances", &["novalue"]), Err("not KEY=VALUE")),
            (request(None, "instances", &["=v"]), Err("has no key")),
            (request(Some("POST"), "instances", &["a=1", "a=2"]), Err("given twice")),
        ];
        for (request, expected) in rows {
            let got = plan(&request, no_file);
            match (got, expected) {
                (Ok(call), Ok((method, segments, query, body))) => {
                    assert_eq!(call.method.as_str(), method, "{request:?}");
                    assert_eq!(call.segments, segments, "{request:?}");
                    let query: Vec<(String, String)> = query
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    assert_eq!(call.query, query, "{request:?}");
                    let sent = call.body.map(|b| String::from_utf8(b).unwrap());
                    assert_eq!(sent.as_deref(), body, "{request:?}");
                }
                (Err(e), Err(needle)) => {
                    assert!(
                        matches!(e.downcast_ref(), Some(CliError::Usage(_))),
                        "{request:?}: {e}"
                    );
                    assert!(e.to_string().contains(needle), "{request:?}: {e}");
                }
                (got, expected) => panic!("{request:?}: got {got:?}, expected {expected:?}"),
            }
        }
    }

    /// `--input`: the file's bytes as they are (POST unless told), JSON or exit 2.
    #[test]
    fn input_is_sent_as_it_is_or_refused() {
        let file = |text: &'static str| {
            move |_: &std::path::Path| -> std::io::Result<Vec<u8>> { Ok(text.as_bytes().to_vec()) }
        };
        let with_input = |method: Option<&str>| ApiRequest {
            input: Some(PathBuf::from("body.json")),
            ..request(method, "instances/1", &[])
        };
        let call = plan(&with_input(None), file("{\"a\": [1, 2]}\n")).unwrap();
        assert_eq!(call.method, Method::POST);
        assert_eq!(call.body.as_deref(), Some(&b"{\"a\": [1, 2]}\n"[..]));
        let call = plan(&with_input(Some("PUT")), file("{}")).unwrap();
        assert_eq!(call.method, Method::PUT);
        for (request, text, needle) in [
            (with_input(None), "{not json", "is not JSON"),
            (with_input(Some("GET")), "{}", "a GET carries no body"),
        ] {
            let e = plan(&request, file(text)).unwrap_err();
            assert!(matches!(e.downcast_ref(), Some(CliError::Usage(_))), "{e}");
            assert!(e.to_string().contains(needle), "{e}");
        }
        let missing = |_: &std::path::Path| -> std::io::Result<Vec<u8>> {
            Err(std::io::Error::from(std::io::ErrorKind::NotFound))
        };
        let e = plan(&with_input(None), missing).unwrap_err();
        assert!(
            e.to_string().contains("--input: cannot read body.json"),
            "{e}"
        );
        let paginated_post = ApiRequest {
            paginate: true,
            ..request(Some("POST"), "instances", &[])
        };
        let e = plan(&paginated_post, file("")).unwrap_err();
        assert!(e.to_string().contains("--paginate"), "{e}");
    }
}
