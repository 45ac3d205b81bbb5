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
use std::time::Duration;

use anyhow::Context as _;
use axum::Router;
use tokio::sync::oneshot;
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

/// Serves `app` on `listener` until the returned [`Server`] is stopped or dropped.
pub fn serve(listener: tokio::net::TcpListener, app: Router) -> anyhow::Result<Server> {
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(Server {
        addr,
        stop: Some(stop),
        task: Some(task),
    })
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
