//! `config.toml`: any text parses to a config or an error, never a panic; a config that
//! parsed is written back to text that parses to the same profiles, keys and values.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oc_acuity::settings::config::ConfigFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(config) = ConfigFile::parse(text) else {
        return;
    };
    let written = config.to_text().expect("a parsed config writes back");
    let again = ConfigFile::parse(&written)
        .unwrap_or_else(|e| panic!("the written config does not parse: {e}\n{written}"));
    assert_eq!(again.profiles, config.profiles, "{written}");
});
