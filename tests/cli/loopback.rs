//! The loopback listener that catches the OAuth redirect, tested directly.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use secrecy::ExposeSecret;

use crate::support::http::http_get;
use crate::support::library::{FlowError, Loopback};
use crate::support::wait::{EVENT_TIMEOUT, wait_until};

async fn bound() -> (Loopback, u16) {
    let listener = Loopback::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), "/cb")
        .await
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

/// A GET from a blocking thread, as a browser elsewhere would send it.
async fn get(url: String) -> Option<(u16, String)> {
    tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(|| http_get(&url))
            .ok()
            .map(|(s, _, b)| (s, b))
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_once_then_stops_processing() {
    let (listener, port) = bound().await;
    let waiting = tokio::spawn(async move { listener.wait("st", Duration::from_secs(10)).await });
    let (status, page) = get(format!("http://127.0.0.1:{port}/cb?code=first&state=st"))
        .await
        .unwrap();
    assert_eq!(status, 200, "{page}");
    let second = get(format!("http://127.0.0.1:{port}/cb?code=second&state=st")).await;
    let code = waiting.await.unwrap().unwrap();
    assert_eq!(code.expose_secret(), "first");
    match second {
        None => {} // the port is closed already
        Some((status, _)) => assert_eq!(status, 410, "a second answer is not processed"),
    }
    // Shortly after, the port is closed for good.
    wait_until("the listener to close its port", EVENT_TIMEOUT, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err()
    });
}

#[tokio::test(flavor = "multi_thread")]
async fn other_paths_get_404_and_keep_waiting() {
    let (listener, port) = bound().await;
    let waiting = tokio::spawn(async move { listener.wait("st", Duration::from_secs(10)).await });
    for path in ["/", "/favicon.ico", "/cb/extra", "/other?code=x&state=st"] {
        let (status, _) = get(format!("http://127.0.0.1:{port}{path}")).await.unwrap();
        assert_eq!(status, 404, "{path}");
    }
    let (status, _) = get(format!("http://127.0.0.1:{port}/cb?state=st&code=real"))
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_eq!(waiting.await.unwrap().unwrap().expose_secret(), "real");
}

#[tokio::test(flavor = "multi_thread")]
async fn error_pages_are_escaped() {
    let (listener, port) = bound().await;
    let waiting = tokio::spawn(async move { listener.wait("st", Duration::from_secs(10)).await });
    let (status, page) = get(format!(
        "http://127.0.0.1:{port}/cb?error=access_denied&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=st"
    ))
    .await
    .unwrap();
    assert_eq!(status, 400);
    assert!(
        page.contains("&lt;script&gt;") && !page.contains("<script>"),
        "{page}"
    );
    let error = waiting.await.unwrap().unwrap_err();
    assert!(matches!(error, FlowError::Denied { .. }));
    assert!(error.to_string().contains("access_denied"));
}

#[tokio::test(flavor = "multi_thread")]
async fn times_out_with_a_clear_message() {
    let (listener, port) = bound().await;
    let error = listener
        .wait("st", Duration::from_secs(1))
        .await
        .unwrap_err();
    assert!(matches!(error, FlowError::Timeout(1)));
    let message = error.to_string();
    assert!(
        message.contains("within 1 s") && message.contains("--timeout"),
        "{message}"
    );
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the port is closed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn listens_on_loopback_only() {
    let (listener, port) = bound().await;
    assert!(listener.local_addr().unwrap().ip().is_loopback());
    // The kernel's own table of listening sockets: only 127.0.0.1 holds the port, no
    // wildcard (0.0.0.0) or other address does.
    let table = std::fs::read_to_string("/proc/net/tcp").unwrap()
        + &std::fs::read_to_string("/proc/net/tcp6").unwrap_or_default();
    let port_hex = format!(":{port:04X}");
    let listening: Vec<&str> = table
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            (fields.len() > 3 && fields[1].ends_with(&port_hex) && fields[3] == "0A")
                .then(|| fields[1])
        })
        .collect();
    assert_eq!(
        listening,
        vec![format!("0100007F{port_hex}").as_str()],
        "listening sockets for the port"
    );
}
