//! What the user pastes after the OAuth redirect. The input is `<expected state>\n<pasted
//! text>`. Never a panic; a code or a refusal only with the expected state: asked again
//! with another state, the same text is a mismatch, unless it was a bare code (no `=`),
//! which is the pasted text itself, trimmed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oc_acuity::local::loopback::{FlowError, parse_pasted};
use secrecy::ExposeSecret;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (expected, input) = text.split_once('\n').unwrap_or(("", text));
    let other = format!("{expected}\u{1}other");
    let first = parse_pasted(input, expected);
    let second = parse_pasted(input, &other);
    match first {
        Ok(code) => {
            let code = code.expose_secret();
            assert!(!code.trim().is_empty(), "an empty code passed: {input:?}");
            match second {
                Ok(again) => {
                    assert_eq!(again.expose_secret(), code);
                    assert_eq!(code, input.trim(), "a bare code is the pasted text");
                    assert!(!input.contains('='), "a query passed without its state");
                }
                Err(FlowError::StateMismatch) => {}
                Err(e) => panic!("{input:?}: a code with {expected:?}, {e:?} with another state"),
            }
        }
        Err(FlowError::Denied { .. }) => {
            assert!(
                matches!(second, Err(FlowError::StateMismatch)),
                "{input:?}: a refusal without its state"
            );
        }
        Err(_) => {}
    }
});
