//! The platform's answer to `POST /instances`: any bytes parse to an instance or an error,
//! never a panic, through serde and through `parse_json` (which agree), and the error
//! shows no control character from the body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oc_acuity::api::http::parse_json;
use oc_acuity::api::platform::Instance;

fuzz_target!(|data: &[u8]| {
    let direct = serde_json::from_slice::<Instance>(data);
    let through = parse_json::<Instance>("POST /instances", data);
    if !data.is_empty() {
        assert_eq!(direct.is_ok(), through.is_ok());
    }
    match through {
        Ok(instance) => {
            let _ = instance.events_enabled();
            let _ = instance.event_callback_url();
        }
        Err(e) => {
            let message = e.to_string();
            assert!(!message.chars().any(char::is_control), "{message:?}");
        }
    }
});
