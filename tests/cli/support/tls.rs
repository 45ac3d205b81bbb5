//! A certificate authority made by the test, an https server whose certificate it signs,
//! and a CONNECT proxy: the pieces of a private-CA or corporate-proxy network, on loopback
//! (port 0, std threads, rustls as the binary uses it).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA of its own and a server certificate it signed for `127.0.0.1` and `localhost`.
pub struct TestCa {
    /// The CA's certificate, PEM: what `SSL_CERT_FILE` points at to trust it.
    pub ca_pem: String,
    server_cert: CertificateDer<'static>,
    server_key: Vec<u8>,
}

impl TestCa {
    pub fn new() -> Self {
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "oc-acuity test CA");
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
        let server_key = rcgen::KeyPair::generate().unwrap();
        let server_params =
            rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
                .unwrap();
        let server_cert = server_params.signed_by(&server_key, &ca).unwrap();
        Self {
            ca_pem: ca.pem(),
            server_cert: server_cert.der().clone(),
            server_key: server_key.serialize_der(),
        }
    }

    /// Writes the CA's certificate to `dir/ca.pem`.
    pub fn write_ca(&self, dir: &Path) -> PathBuf {
        let path = dir.join("ca.pem");
        std::fs::write(&path, &self.ca_pem).unwrap();
        path
    }

    fn server_config(&self) -> Arc<rustls::ServerConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![self.server_cert.clone()],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.server_key.clone())),
            )
            .unwrap();
        Arc::new(config)
    }
}

/// What a server or proxy saw, shared with its threads.
type Seen = Arc<Mutex<Vec<String>>>;

/// An https server answering every request with `200 []` (an empty listing), recording the
/// request line of each request it read, and counting TCP connections (a failed handshake
/// is a connection without a request).
pub struct HttpsServer {
    pub port: u16,
    requests: Seen,
    connections: Seen,
}

impl HttpsServer {
    pub fn start(ca: &TestCa) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let config = ca.server_config();
        let requests: Seen = Arc::default();
        let connections: Seen = Arc::default();
        let (seen_requests, seen_connections) = (requests.clone(), connections.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                seen_connections
                    .lock()
                    .unwrap()
                    .push(stream.peer_addr().unwrap().to_string());
                let (config, requests) = (config.clone(), seen_requests.clone());
                std::thread::spawn(move || serve_one(stream, config, &requests));
            }
        });
        Self {
            port,
            requests,
            connections,
        }
    }

    /// The API root to give `--base-url`.
    pub fn api_root(&self) -> String {
        format!("https://127.0.0.1:{}/elements/api-v2", self.port)
    }

    /// The request lines read (`GET /path HTTP/1.1`), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.lock().unwrap().len()
    }
}

fn serve_one(stream: TcpStream, config: Arc<rustls::ServerConfig>, requests: &Seen) {
    let connection = rustls::ServerConnection::new(config).unwrap();
    let mut tls = rustls::StreamOwned::new(connection, stream);
    // The head only: the listing is a GET without a body.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match tls.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            // A handshake the client gave up (an untrusted certificate) ends here.
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    requests
        .lock()
        .unwrap()
        .push(head.lines().next().unwrap_or("").to_owned());
    let body = "[]";
    let answer = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tls.write_all(answer.as_bytes());
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

/// How the proxy answers a CONNECT.
#[derive(Clone, Copy)]
pub enum ProxyMode {
    /// 200, then bytes both ways.
    Tunnel,
    /// Refuses the tunnel with this status.
    Refuse(u16),
}

/// A CONNECT proxy recording the target of each CONNECT (`127.0.0.1:PORT`).
pub struct ConnectProxy {
    pub port: u16,
    targets: Seen,
}

impl ConnectProxy {
    pub fn start(mode: ProxyMode) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let targets: Seen = Arc::default();
        let seen = targets.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let seen = seen.clone();
                std::thread::spawn(move || proxy_one(stream, mode, &seen));
            }
        });
        Self { port, targets }
    }

    /// The value of `HTTPS_PROXY`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn targets(&self) -> Vec<String> {
        self.targets.lock().unwrap().clone()
    }
}

fn proxy_one(client: TcpStream, mode: ProxyMode, seen: &Seen) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // The rest of the head (Host, User-Agent, ...).
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header == "\r\n" => break,
            Ok(_) => {}
        }
    }
    let mut words = line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    seen.lock().unwrap().push(format!("{method} {target}"));
    let mut client = client;
    if let ProxyMode::Refuse(status) = mode {
        let _ = client.write_all(
            format!("HTTP/1.1 {status} Refused\r\nContent-Length: 0\r\n\r\n").as_bytes(),
        );
        return;
    }
    let Ok(upstream) = TcpStream::connect(target) else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        return;
    };
    client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .unwrap();
    let (mut up_read, mut up_write) = (upstream.try_clone().unwrap(), upstream);
    let mut client_write = client.try_clone().unwrap();
    // Through the reader: bytes it already buffered go first.
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut reader, &mut up_write);
        let _ = up_write.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut up_read, &mut client_write);
    let _ = client_write.shutdown(Shutdown::Write);
}
