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

/// An absolute `http://` or `https://` URL with a host and no whitespace.
pub fn http_url(raw: &str) -> Result<Url, String> {
    if raw.trim().is_empty() {
        return Err("the URL is empty".to_owned());
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
    if !url.username().is_empty() || url.password().is_some() {
        // Said without the URL: it holds a password.
        return Err(
            "the URL contains a user name or password (user:password@); leave them out".to_owned(),
        );
    }
    Ok(url)
}

/// A redirect URI: like [`http_url`], and not port 0, which no browser can be sent to.
pub fn redirect_uri(raw: &str) -> Result<Url, String> {
    let url = http_url(raw)?;
    if url.port() == Some(0) {
        return Err(format!(
            "{raw:?} has port 0; give the port registered at Acuity"
        ));
    }
    Ok(url)
}

/// The largest secret read from a file, stdin or the environment.
pub const MAX_SECRET_BYTES: usize = 64 * 1024;

/// A secret's text: at most [`MAX_SECRET_BYTES`], and no control characters (they cannot
/// travel in an HTTP header, and are a sign of the wrong file).
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
    Ok(())
}

/// No control character (C0, DEL or C1): a setting holding one would be sent (or shown)
/// as given. Said without the value, which may be a code.
pub fn no_controls(value: &str) -> Result<(), String> {
    match value.chars().find(|c| c.is_control()) {
        Some(c) => Err(format!(
            "contains a control character ({}); remove it",
            c.escape_unicode()
        )),
        None => Ok(()),
    }
}

/// The platform API root: like [`http_url`], and `http://` only for loopback hosts, since
/// the secrets travel in its Authorization header.
pub fn api_root(raw: &str) -> Result<Url, String> {
    let url = http_url(raw)?;
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

/// A non-empty value after trimming (instance name, tag, code, client ID).
pub fn non_empty(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err("must not be empty".to_owned());
    }
    Ok(trimmed.to_owned())
}

/// Acuity's user ID: a number.
pub fn acuity_user_id(value: &str) -> Result<String, String> {
    if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("the Acuity user ID is a number, got {value:?}"));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let error = http_url("https://user:pw@example.com/x").unwrap_err();
        assert!(error.contains("user name or password"), "{error}");
        assert!(!error.contains("pw"), "the password is not echoed: {error}");
        assert!(http_url("https://user@example.com/x").is_err());
        assert!(
            redirect_uri("http://127.0.0.1:0/cb")
                .unwrap_err()
                .contains("port 0")
        );
        assert!(redirect_uri("http://127.0.0.1:8765/cb").is_ok());
    }

    #[test]
    fn secrets_are_bounded_and_printable() {
        assert!(secret_text("abc/DEF=").is_ok());
        assert!(secret_text("a\nb").is_err());
        assert!(secret_text("").is_err());
        assert!(secret_text("   ").is_err());
        assert!(no_controls("ab\u{1}c").unwrap_err().contains("\\u{1}"));
        assert!(no_controls("\u{85}").is_err());
        assert!(no_controls("abc é").is_ok());
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
