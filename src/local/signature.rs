//! The platform's `Elements-Webhook-Signature` of event deliveries, checked by `events
//! listen`: HMAC-SHA256 of the raw body, before any parsing. (The sandbox signs with its
//! own copy of the algorithm, so that a mistake here cannot pass against it.)

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The header the platform signs event deliveries with.
pub const PLATFORM_HEADER: &str = "Elements-Webhook-Signature";
/// base64(HMAC-SHA256(body, key)).
fn hmac_base64(body: &[u8], key: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    mac.update(body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// `sha256=<base64(HMAC-SHA256(body, key))>`: the platform's header value.
pub fn platform(body: &[u8], key: &str) -> String {
    format!("sha256={}", hmac_base64(body, key))
}

/// Checks a platform signature header in constant time.
pub fn verify_platform(body: &[u8], key: &str, header: Option<&str>) -> bool {
    let expected = platform(body, key);
    header.is_some_and(|got| expected.as_bytes().ct_eq(got.trim().as_bytes()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answer() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), RFC 4231 style
        // known vector: f7bc83f4...; here in base64.
        assert_eq!(
            hmac_base64(b"The quick brown fox jumps over the lazy dog", "key"),
            "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg="
        );
    }

    #[test]
    fn verifies_and_rejects() {
        let header = platform(b"{}", "k");
        assert!(verify_platform(b"{}", "k", Some(&header)));
        assert!(
            !verify_platform(b"{} ", "k", Some(&header)),
            "any change of the body"
        );
        assert!(!verify_platform(b"{}", "other", Some(&header)));
        assert!(!verify_platform(b"{}", "k", None));
    }
}
