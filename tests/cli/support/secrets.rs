//! The secrets the tests hand to the binary; every one must be absent from its output
//! unless asked for.

pub const USER_SECRET: &str = "user-secret-7f3a9";
pub const ORG_SECRET: &str = "org-secret-2b8c4";
pub const CLIENT_SECRET: &str = "client-secret-5d1e6";
pub const SIGNATURE_KEY: &str = "signature-key-9a0f2";
pub const CODE: &str = "grant-code-4c7b1";
pub const TOKEN: &str = "ABC/Dtoken-3e8d5=";

/// Asserts none of `secrets` appears in `output`.
pub fn assert_no_secret(output: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !output.contains(secret),
            "secret {secret:?} leaked into:\n{output}"
        );
    }
}
