//! The tool's own listeners on 127.0.0.1: the OAuth redirect catcher (`loopback`) and the
//! event receiver of `events listen` (`events`), plus the HTML pages and webhook
//! signatures they need. One helper, [`serve`], runs each of them (and the sandbox).
//!
//! This layer prints nothing on stdout: what arrives is handed to the caller.

pub mod events;
pub mod html;
pub mod loopback;
pub mod signature;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use axum::Router;
use tokio::sync::{Semaphore, oneshot};
use tokio::task::JoinHandle;

/// A server running in the background; dropping it stops it.
pub struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

/// Binds `addr` (say what else may hold the port when it fails).
pub async fn bind(addr: SocketAddr) -> anyhow::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("could not listen on {addr}"))
}

/// How long a connection may take to send a request's headers (idle keep-alive
/// included) before it is closed.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a request may take to send its whole body, once its headers are in: a client
/// that announces a body and stalls is answered 408 and its connection closed, so that its
/// slot is free again.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once; more are closed as they arrive.
pub const MAX_CONNECTIONS: usize = 256;
/// The largest request body taken.
pub const MAX_BODY: usize = 1024 * 1024;

/// Serves `app` on `listener` until the returned [`Server`] is stopped or dropped; each
/// connection within [`HEADER_READ_TIMEOUT`], [`BODY_READ_TIMEOUT`], [`MAX_CONNECTIONS`]
/// and [`MAX_BODY`], so that idle, slow or stalled clients cannot stall a listener.
pub fn serve(listener: tokio::net::TcpListener, app: Router) -> anyhow::Result<Server> {
    let addr = listener.local_addr()?;
    let app = app
        .layer(axum::middleware::from_fn(whole_body_in_time))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY));
    let (stop, mut stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        loop {
            let stream = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors, say: wait a moment rather than spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                _ = &mut stopped => return Ok(()),
            };
            let Ok(slot) = slots.clone().try_acquire_owned() else {
                drop(stream);
                continue;
            };
            let service = hyper_util::service::TowerToHyperService::new(app.clone());
            tokio::spawn(async move {
                let mut http = hyper::server::conn::http1::Builder::new();
                http.timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(HEADER_READ_TIMEOUT);
                let _ = http
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
                drop(slot);
            });
        }
    });
    Ok(Server {
        addr,
        stop: Some(stop),
        task: Some(task),
    })
}

/// Reads the whole request body within [`BODY_READ_TIMEOUT`] and [`MAX_BODY`] before the
/// handler runs: a body that stalls is 408, one too large 413; either way the connection
/// is closed, and its slot freed.
async fn whole_body_in_time(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{HeaderValue, StatusCode, header};
    use axum::response::IntoResponse;
    let refuse = |status: StatusCode, message: &str| {
        let mut response = (
            status,
            axum::Json(serde_json::json!({ "message": message })),
        )
            .into_response();
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        response
    };
    let (parts, body) = request.into_parts();
    match tokio::time::timeout(BODY_READ_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(bytes)) => {
            let request = axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes));
            next.run(request).await
        }
        Ok(Err(_)) => refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "the request body is over 1 MiB, or was cut off",
        ),
        Err(_) => refuse(
            StatusCode::REQUEST_TIMEOUT,
            "the request body did not arrive within 5 seconds",
        ),
    }
}

impl Server {
    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, and waits up to `grace` for the answers in flight to go out.
    pub async fn stop(mut self, grace: Duration) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = tokio::time::timeout(grace, task).await;
        }
    }

    /// Serves until the process ends (or the server fails).
    pub async fn run_forever(mut self) -> anyhow::Result<()> {
        let task = self.task.take().expect("a server runs until stopped");
        task.await??;
        Ok(())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
