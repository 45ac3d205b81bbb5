//! The body of an event delivery to `events listen`: any bytes are JSON or not, and the
//! events of any JSON value are found without a panic, each one from `message.events`,
//! `events`, or the body itself. `report::clean` leaves no control character in any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oc_acuity::local::events::events_in;
use oc_acuity::report::clean;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cleaned = clean(&text);
    assert!(!cleaned.chars().any(char::is_control), "{cleaned:?}");
    if !text.chars().any(char::is_control) {
        assert_eq!(cleaned, text);
    }

    let Ok(body) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let lists = [body.pointer("/message/events"), body.get("events")];
    let allowed = |event: &Value| {
        std::ptr::eq(event, &body)
            || lists
                .iter()
                .flatten()
                .filter_map(|l| l.as_array())
                .any(|list| list.iter().any(|e| std::ptr::eq(e, event)))
    };
    for event in events_in(&body) {
        assert!(allowed(event));
        let _ = clean(&event.to_string());
    }
});
