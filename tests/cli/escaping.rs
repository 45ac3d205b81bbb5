//! Remote text in human output: every character that can change how a line reads (C0 and
//! C1 controls, bidirectional and invisible format characters) is shown escaped; `--json`
//! keeps the exact value. (Such characters are refused in what the user gives:
//! `input_values`.)

use serde_json::json;

use crate::support::env::TestEnv;
use crate::support::recording::{RecordingServer, instance_json};
use crate::support::text;

/// Characters that reorder, hide or break a line, each in a name and a tag.
const TRICKS: [(&str, &str); 9] = [
    ("\n", "\\n"),             // a line break
    ("\u{1b}", "\\u{1b}"),     // escape: starts a terminal sequence
    ("\u{7}", "\\u{7}"),       // bell
    ("\u{202e}", "\\u{202e}"), // right-to-left override
    ("\u{2066}", "\\u{2066}"), // left-to-right isolate
    ("\u{200b}", "\\u{200b}"), // zero-width space
    ("\u{feff}", "\\u{feff}"), // zero-width no-break space
    ("\u{2028}", "\\u{2028}"), // line separator
    ("\u{85}", "\\u{85}"),     // C1 next line
];

#[test]
fn bidirectional_and_invisible_characters_are_escaped_in_list_and_show() {
    let env = TestEnv::new();
    let secret = env.file("secret", "s\n");
    for (raw, shown) in TRICKS {
        let name = format!("abc{raw}fdp.exe");
        let tag = format!("t{raw}ag");
        let mut instance = instance_json(7, &name);
        instance["tags"] = json!([tag]);
        let body = instance.to_string();
        let server = RecordingServer::with(move |request| {
            let list = request.target.starts_with("/elements/api-v2/instances?");
            let body = if list {
                format!("[{body}]")
            } else {
                body.clone()
            };
            (200, "application/json".to_owned(), body)
        });
        for command in [&["instance", "list"][..], &["instance", "show", "7"]] {
            let run = |json: bool| {
                let mut cmd = env.cmd();
                cmd.args(["--base-url", &server.api_root(), "--user-secret-file"])
                    .arg(&secret)
                    .arg("--org-secret-file")
                    .arg(&secret)
                    .args(command);
                if json {
                    cmd.arg("--json");
                }
                let out = cmd.output().unwrap();
                assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
                text(&out.stdout)
            };
            let human = run(false);
            assert!(
                !human.contains(&name) && !human.contains(&tag),
                "{command:?} printed {raw:?} raw: {human}"
            );
            assert!(
                human.contains(&format!("abc{shown}fdp.exe")),
                "{command:?}: {human}"
            );
            assert!(
                human.contains(&format!("t{shown}ag")),
                "{command:?}: {human}"
            );
            let parsed: serde_json::Value = serde_json::from_str(&run(true)).unwrap();
            let record = if parsed.is_array() {
                &parsed[0]
            } else {
                &parsed
            };
            assert_eq!(record["name"], json!(name), "--json keeps the exact value");
            assert_eq!(record["tags"], json!([tag]), "--json keeps the exact value");
        }
    }
}
