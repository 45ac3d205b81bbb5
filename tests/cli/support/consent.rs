//! The user at the sandbox's Acuity consent page: finding its URL in the binary's output
//! and clicking Allow or Deny.

use super::http::http_get;

/// Plays the user at the sandbox consent page: opens `consent_url` and clicks Allow
/// (or Deny); returns where Acuity redirects the browser.
pub fn click_at_consent_page(consent_url: &str, allow: bool) -> String {
    let (status, _, page) = http_get(consent_url);
    assert_eq!(status, 200, "consent page: {page}");
    let consent = url::Url::parse(consent_url).unwrap();
    let value = |name: &str| {
        consent
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    let mut decide = consent.join("decide").unwrap();
    decide
        .query_pairs_mut()
        .append_pair("redirect_uri", &value("redirect_uri"))
        .append_pair("state", &value("state"))
        .append_pair("decision", if allow { "allow" } else { "deny" });
    let (status, location, _) = http_get(decide.as_str());
    assert_eq!(status, 302);
    location.expect("a redirect back")
}

/// The first `http://127.0.0.1:PORT/acuity/oauth2/authorize?...` URL in `text`.
pub fn consent_url_in(text: &str) -> Option<String> {
    let start = text.find("http://127.0.0.1:")?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '\x1b')
        .unwrap_or(rest.len());
    let url = &rest[..end];
    url.contains("/acuity/oauth2/authorize")
        .then(|| url.to_owned())
}
