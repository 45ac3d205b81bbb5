//! Input rules shared by flags, environment variables, the config file and (later) prompts.
//! Each check returns a message that names what was wrong; callers add which flag it was.

use std::net::IpAddr;

use url::{Host, Url};

/// A profile name: `[A-Za-z0-9_.-]{1,64}`.
pub fn profile(name: &str) -> Result<(), String> {
    let ok_chars = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if name.is_empty() || name.len() > 64 || !ok_chars {
        return Err(format!(
            "invalid profile name {name:?}: use 1 to 64 of A-Z a-z 0-9 _ . -"
        ));
    }
    Ok(())
}

/// Why a URL with a user name or password is refused, said without the URL.
const WITH_CREDENTIALS: &str =
    "the URL contains a user name or password (user:password@); leave them out";

/// An absolute `http://` or `https://` URL with a host and no whitespace.
pub fn http_url(raw: &str) -> Result<Url, String> {
    if raw.trim().is_empty() {
        return Err("the URL is empty".to_owned());
    }
    // First, and said without the URL: every later error quotes it, password and all.
    let after_scheme = raw.split_once("://").map_or(raw, |(_, rest)| rest);
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    if authority.contains('@') {
        return Err(WITH_CREDENTIALS.to_owned());
    }
    if raw.chars().any(char::is_whitespace) {
        return Err(format!(
            "{raw:?} contains whitespace; percent-encode it (%20)"
        ));
    }
    let url = Url::parse(raw).map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => {
            format!("{raw:?} is not an absolute URL; start it with https://")
        }
        other => format!("{raw:?} is not a valid URL: {other}"),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "{raw:?} uses the scheme {:?}; only http:// and https:// are allowed",
            url.scheme()
        ));
    }
    if url.host().is_none() {
        return Err(format!("{raw:?} has no host"));
    }
    if url.port() == Some(0) {
        return Err(format!(
            "{raw:?} has port 0, which nothing can be reached at"
        ));
    }
    // The parser's reading of the same, for a form the text check above cannot see.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(WITH_CREDENTIALS.to_owned());
    }
    Ok(url)
}

/// A redirect URI: like [`http_url`], without a fragment (OAuth 2.0 forbids one in a
/// redirection endpoint, RFC 6749 section 3.1.2).
pub fn redirect_uri(raw: &str) -> Result<Url, String> {
    let url = http_url(raw)?;
    if url.fragment().is_some() {
        return Err(format!(
            "{raw:?} has a fragment (#...); a redirect URI may not: give the one registered at Acuity"
        ));
    }
    Ok(url)
}

/// Where the platform POSTs events: like [`http_url`], without a fragment, which an HTTP
/// client never sends (the events would go to the URL without it).
pub fn event_callback_url(raw: &str) -> Result<Url, String> {
    let url = http_url(raw)?;
    if url.fragment().is_some() {
        return Err(format!(
            "{raw:?} has a fragment (#...), which is never sent: the events would go to the URL \
             without it"
        ));
    }
    Ok(url)
}

/// The forms `events listen --forward-to` takes, as named in its errors.
const FORWARD_FORMS: &str =
    "give a port (3000), HOST:PORT/PATH (localhost:3000/hook) or a URL (https://example.com/hook)";

/// Where `events listen --forward-to` sends deliveries, in the forms Stripe's CLI takes:
/// a port (`3000`: `http://localhost:3000/`), `HOST:PORT/PATH` (`localhost:3000/hook`:
/// `http://localhost:3000/hook`), or an `http://` or `https://` URL. Any other text is
/// refused with the three forms named.
pub fn forward_target(raw: &str) -> Result<Url, String> {
    // Checked before parsing: the URL parser would percent-encode a control character
    // into a path that no one typed.
    let url = if let Err(why) = plain_text(raw) {
        Err(format!("the target {why}"))
    } else if raw.is_empty() {
        Err("the target is empty".to_owned())
    } else if raw.contains("://") {
        http_url(raw)
    } else if raw.bytes().all(|b| b.is_ascii_digit()) {
        match raw.parse::<u16>() {
            Ok(port) if port != 0 => http_url(&format!("http://localhost:{port}/")),
            _ => Err(format!("{raw:?} is not a port (1 to 65535)")),
        }
    } else {
        host_port_path(raw)
    };
    let url = url.and_then(|url| match url.port() {
        Some(0) => Err(format!("{raw:?} has port 0, which nothing listens on")),
        _ => Ok(url),
    });
    url.map_err(|reason| format!("{reason}; {FORWARD_FORMS}"))
}

/// `HOST:PORT/PATH` (the path optional) as an `http://` URL. Without `http://`,
/// `localhost:3000` would parse as a URL whose scheme is `localhost`.
fn host_port_path(raw: &str) -> Result<Url, String> {
    let authority = raw.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        // Said without the text: it may hold a password.
        return Err(
            "the target contains a user name or password (user:password@); leave them out"
                .to_owned(),
        );
    }
    let port = authority
        .rsplit_once(':')
        .map(|(_, port)| port)
        .filter(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
    match port {
        None => return Err(format!("{raw:?} names no port")),
        Some(port) if port.bytes().all(|b| b == b'0') => {
            return Err(format!(
                "{raw:?} has port 0, which nothing can be reached at"
            ));
        }
        Some(_) => {}
    }
    http_url(&format!("http://{raw}")).map_err(|_| format!("{raw:?} is not a valid HOST:PORT/PATH"))
}

/// The largest secret read from a file, stdin or the environment.
pub const MAX_SECRET_BYTES: usize = 64 * 1024;

/// A secret's text: at most [`MAX_SECRET_BYTES`], no control characters (they cannot
/// travel in an HTTP header, and are a sign of the wrong file), and no invisible or
/// text-direction characters.
pub fn secret_text(value: &str) -> Result<(), String> {
    if value.len() > MAX_SECRET_BYTES {
        return Err(format!(
            "is larger than {} KiB; is it the right file?",
            MAX_SECRET_BYTES / 1024
        ));
    }
    if value.trim().is_empty() {
        return Err("is empty or only whitespace".to_owned());
    }
    if value.chars().any(char::is_control) {
        return Err("contains a control character (a line break or tab inside?)".to_owned());
    }
    // Never in a real secret, and a sign of text pasted from somewhere that hides what it
    // holds; said without the value.
    if let Some(c) = value
        .chars()
        .find(|&c| crate::term::output::changes_the_line(c))
    {
        return Err(format!(
            "contains an invisible or text-direction character ({}); remove it",
            c.escape_unicode()
        ));
    }
    Ok(())
}

/// The longest plain value we send (a name, a tag, a code, a client ID, a URL): far
/// beyond any real one, so that a file pasted by mistake is caught.
pub const MAX_VALUE_BYTES: usize = 4096;

/// Text that reads as it is: no control character (C0, DEL, C1), no bidirectional control,
/// zero-width or other invisible format character (a value holding one would be sent as
/// given, and reorder or hide text wherever it is shown), at most [`MAX_VALUE_BYTES`].
/// Said without the value, which may be a code.
pub fn plain_text(value: &str) -> Result<(), String> {
    if value.len() > MAX_VALUE_BYTES {
        return Err(format!(
            "is longer than {MAX_VALUE_BYTES} bytes ({}); is it the right value?",
            value.len()
        ));
    }
    match value
        .chars()
        .find(|&c| crate::term::output::changes_the_line(c))
    {
        Some(c) if c.is_control() => Err(format!(
            "contains a control character ({}); remove it",
            c.escape_unicode()
        )),
        Some(c) => Err(format!(
            "contains an invisible or text-direction character ({}); remove it",
            c.escape_unicode()
        )),
        None => Ok(()),
    }
}

/// The platform API root: like [`http_url`], and `http://` only for loopback hosts, since
/// the secrets travel in its Authorization header.
pub fn api_root(raw: &str) -> Result<Url, String> {
    let url = http_url(raw)?;
    // Every call is a path below the root: a query or fragment there would be dropped or
    // end up in the wrong place without a word.
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "{raw:?} has a query or fragment; an API root is a path only (e.g. {})",
            crate::api::platform::DEFAULT_API_ROOT
        ));
    }
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(format!(
            "{raw:?} uses http:// on a non-loopback host; the secrets would travel in clear text: use https://"
        ));
    }
    Ok(url)
}

/// Whether the URL's host is 127.0.0.0/8, ::1 or `localhost`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A non-empty value after trimming (instance name, tag, code, client ID), in
/// [`plain_text`].
pub fn non_empty(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err("must not be empty".to_owned());
    }
    plain_text(trimmed)?;
    Ok(trimmed.to_owned())
}

/// Acuity's user ID: a number, digits only (no sign), that fits in 64 bits.
pub fn acuity_user_id(value: &str) -> Result<String, String> {
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    if !digits || value.parse::<u64>().is_err() {
        return Err(format!(
            "the Acuity user ID is a number (digits only, at most 20), got {value:?}"
        ));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acuity_user_ids_are_numbers_that_fit() {
        assert_eq!(acuity_user_id("1234567"), Ok("1234567".to_owned()));
        assert_eq!(
            acuity_user_id("18446744073709551615"),
            Ok("18446744073709551615".to_owned())
        );
        for bad in ["", "-5", "12a", " 1", "+5", &"9".repeat(40)] {
            let error = acuity_user_id(bad).unwrap_err();
            assert!(
                error.contains("the Acuity user ID is a number"),
                "{bad:?}: {error}"
            );
        }
    }

    #[test]
    fn profiles() {
        assert!(profile("default").is_ok());
        assert!(profile("ci.prod_2-x").is_ok());
        assert!(profile(&"a".repeat(64)).is_ok());
        assert!(profile(&"a".repeat(65)).is_err());
        assert!(profile("").is_err());
        assert!(profile("a/b").is_err());
        assert!(profile("é").is_err());
    }

    #[test]
    fn urls() {
        assert!(http_url("https://example.com/cb").is_ok());
        assert!(http_url("http://example.com/cb").is_ok());
        assert!(http_url("/relative").unwrap_err().contains("absolute"));
        assert!(
            http_url("ftp://example.com")
                .unwrap_err()
                .contains("scheme")
        );
        assert!(
            http_url("https://example.com/a b")
                .unwrap_err()
                .contains("whitespace")
        );
        assert!(http_url("").is_err());
    }

    #[test]
    fn urls_with_credentials_and_port_zero_are_refused() {
        // Whatever else is wrong with the URL, its password is never echoed.
        for raw in [
            "https://user:pw@example.com/x",
            "ftp://user:SECRETPW@h.example/x",
            "https://user:SECRETPW@h.example:0/x",
            "https://user:SECRETPW@h.example:99999/x",
            "https://user:SECRETPW@h.example/x y",
            "user:SECRETPW@h.example/x",
            "https://us er:SECRETPW@h.example/x",
        ] {
            let error = http_url(raw).unwrap_err();
            assert!(error.contains("user name or password"), "{raw}: {error}");
            assert!(
                !error.contains("pw") && !error.contains("SECRETPW"),
                "{raw}: {error}"
            );
        }
        assert!(
            http_url("https://example.com/a@b").is_ok(),
            "an @ in the path is no user"
        );
        assert!(http_url("https://user@example.com/x").is_err());
        assert!(
            redirect_uri("http://127.0.0.1:0/cb")
                .unwrap_err()
                .contains("port 0")
        );
        assert!(redirect_uri("http://127.0.0.1:8765/cb").is_ok());
    }

    /// `--forward-to`: each input, and the URL it becomes or a word of its error (every
    /// error names the three forms).
    #[test]
    fn forward_targets_take_a_port_host_port_path_or_a_url() {
        let rows: [(&str, Result<&str, &str>); 24] = [
            ("3000", Ok("http://localhost:3000/")),
            ("65535", Ok("http://localhost:65535/")),
            ("localhost:3000/hook", Ok("http://localhost:3000/hook")),
            ("localhost:3000", Ok("http://localhost:3000/")),
            (
                "127.0.0.1:8080/a/b?x=1",
                Ok("http://127.0.0.1:8080/a/b?x=1"),
            ),
            ("[::1]:3000/hook", Ok("http://[::1]:3000/hook")),
            ("example.com:80/hook", Ok("http://example.com/hook")),
            (
                "http://localhost:3000/hook",
                Ok("http://localhost:3000/hook"),
            ),
            ("https://example.com/hook", Ok("https://example.com/hook")),
            ("HTTPS://Example.com", Ok("https://example.com/")),
            ("", Err("empty")),
            ("0", Err("not a port")),
            ("70000", Err("not a port")),
            ("localhost", Err("names no port")),
            ("localhost/hook", Err("names no port")),
            ("example.com:/hook", Err("names no port")),
            ("localhost:0/hook", Err("port 0")),
            ("localhost:99999/hook", Err("not a valid HOST:PORT/PATH")),
            ("local host:3000", Err("not a valid HOST:PORT/PATH")),
            ("ftp://example.com/hook", Err("scheme")),
            ("localhost:3000/a\u{1b}b", Err("control character")),
            ("http://localhost:3000/\u{202e}x", Err("text-direction")),
            ("https://example.com/a b", Err("whitespace")),
            ("user:pw@localhost:3000/hook", Err("user name or password")),
        ];
        for (raw, expected) in rows {
            match (forward_target(raw), expected) {
                (Ok(url), Ok(want)) => assert_eq!(url.as_str(), want, "{raw:?}"),
                (Err(error), Err(word)) => {
                    assert!(error.contains(word), "{raw:?}: {error}");
                    assert!(error.ends_with(FORWARD_FORMS), "{raw:?}: {error}");
                    assert!(!error.contains("pw@"), "no password echoed: {error}");
                }
                (got, want) => panic!("{raw:?}: got {got:?}, expected {want:?}"),
            }
        }
    }

    #[test]
    fn secrets_are_bounded_and_printable() {
        assert!(secret_text("abc/DEF=").is_ok());
        assert!(secret_text("a\nb").is_err());
        assert!(secret_text("").is_err());
        assert!(secret_text("   ").is_err());
        assert!(plain_text("ab\u{1}c").unwrap_err().contains("\\u{1}"));
        assert!(plain_text("\u{85}").is_err());
        assert!(plain_text("abc é 予約").is_ok());
        for hidden in ["a\u{202E}b", "\u{200B}", "x\u{2066}y", "\u{FEFF}"] {
            assert!(
                plain_text(hidden).unwrap_err().contains("text-direction"),
                "{hidden:?}"
            );
        }
        assert!(plain_text(&"a".repeat(MAX_VALUE_BYTES)).is_ok());
        assert!(plain_text(&"a".repeat(MAX_VALUE_BYTES + 1)).is_err());
        assert!(secret_text("a\u{1b}[31m").is_err());
        assert!(secret_text(&"x".repeat(MAX_SECRET_BYTES)).is_ok());
        assert!(secret_text(&"x".repeat(MAX_SECRET_BYTES + 1)).is_err());
    }

    #[test]
    fn api_roots_need_tls_off_loopback() {
        assert!(api_root("https://api.example.com/elements/api-v2").is_ok());
        assert!(api_root("http://127.0.0.1:8080/elements/api-v2").is_ok());
        assert!(api_root("http://127.1.2.3/x").is_ok());
        assert!(api_root("http://[::1]:9/x").is_ok());
        assert!(api_root("http://localhost:9/x").is_ok());
        assert!(
            api_root("http://api.example.com/x")
                .unwrap_err()
                .contains("https://")
        );
        assert!(api_root("http://10.0.0.1/x").is_err());
    }
}
