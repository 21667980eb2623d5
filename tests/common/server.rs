//! A running `vigie serve` on a free port, and raw HTTP requests to it: no client library
//! tidies a path or adds a header the test did not write.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};

use super::Site;

/// A `vigie serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub host: String,
    /// The workbench's token, from the address it printed.
    pub token: String,
}

/// An answer: status, headers (lower-cased), body.
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        let wanted = format!("{}:", name.to_ascii_lowercase());
        self.head
            .lines()
            .find_map(|l| l.strip_prefix(&wanted).map(|v| v.trim().to_string()))
    }
}

impl Server {
    pub fn start(site: &Site) -> Server {
        Server::start_in(site.path())
    }

    /// The preview and workbench of the site in `root`.
    pub fn start_in(root: &std::path::Path) -> Server {
        let mut child = super::vigie_command()
            .args(["--root"])
            .arg(root)
            .args(["serve", "--port", "0", "--now", super::NOW])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start vigie serve");
        // The addresses in its lines, read on a thread that then drains the rest, so that the
        // server's messages about later rebuilds never meet a closed pipe; waited for at most
        // two minutes, so that a server that never says them fails the test, not hangs it.
        let stdout = child.stdout.take().expect("stdout");
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let address = line
                    .split_whitespace()
                    .find(|w| w.starts_with("http://"))
                    .map(str::to_string);
                if let Some(address) = address {
                    let _ = send.send(address);
                }
            }
        });
        let mut address = |what: &str| {
            receive
                .recv_timeout(std::time::Duration::from_secs(120))
                .unwrap_or_else(|_| {
                    let _ = child.kill();
                    panic!("vigie serve gave no {what} address within 2 minutes")
                })
        };
        let preview = address("preview");
        let workbench = address("workbench");
        let host = preview
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let token = workbench
            .split_once("token=")
            .map(|(_, t)| t.to_string())
            .expect("a token in the workbench's address");
        Server { child, host, token }
    }

    pub fn get(&self, path: &str) -> (u16, String, String) {
        get(&self.host, path)
    }

    /// A request with these headers (`Host` and `Content-Length` are added) and body.
    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        send(&self.host, method, path, headers, body)
    }

    /// An API request with the bearer token and this server's `Origin`, and a JSON body.
    pub fn api(&self, method: &str, path: &str, body: Option<&serde_json::Value>) -> Reply {
        self.api_with(method, path, body, &[])
    }

    /// Reads a capsule or page (`capsules/<slug>`, `pages/<slug>`) as the form does, lets
    /// `edit` change its languages, and saves them with the version they were read at.
    pub fn save_edited(&self, what: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Reply {
        let read = self.api("GET", what, None).json();
        let version = format!("\"{}\"", read["version"].as_str().expect("a version"));
        let mut edited = read["languages"].clone();
        edit(&mut edited);
        self.api_with(
            "PUT",
            what,
            Some(&serde_json::json!({ "languages": edited })),
            &[("If-Match", &version)],
        )
    }

    /// Uploads `bytes` as the file `name` to a capsule's bundle, as the form's picker does.
    pub fn upload(&self, slug: &str, name: &str, bytes: &[u8]) -> Reply {
        let mut body = Vec::new();
        body.extend_from_slice(format!("--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n--B0undary--\r\n");
        let bearer = format!("Bearer {}", self.token);
        self.send(
            "POST",
            &format!("/__vigie/api/capsules/{slug}/media"),
            &[
                ("Authorization", &bearer),
                ("Content-Type", "multipart/form-data; boundary=B0undary"),
            ],
            &body,
        )
    }

    pub fn api_with(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
        extra: &[(&str, &str)],
    ) -> Reply {
        let bearer = format!("Bearer {}", self.token);
        let origin = format!("http://{}", self.host);
        let mut headers = vec![
            ("Authorization", bearer.as_str()),
            ("Origin", origin.as_str()),
            ("Content-Type", "application/json"),
        ];
        headers.extend_from_slice(extra);
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        self.send(
            method,
            &format!("/__vigie/api/{path}"),
            &headers,
            body.as_bytes(),
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GET of `path` exactly as written: status, headers, body (as text, lossily for a PDF).
pub fn get(host: &str, path: &str) -> (u16, String, String) {
    request(host, host, path)
}

/// A GET sent to `address` with `Host: host`: status, headers, body.
pub fn request(address: &str, host: &str, path: &str) -> (u16, String, String) {
    let reply = send(address, "GET", path, &[("Host", host)], b"");
    let text = reply.text();
    (reply.status, reply.head, text)
}

pub fn send(
    address: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut stream = TcpStream::connect(address).expect("connect");
    // A server that stops answering fails the test instead of hanging it.
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .expect("a read timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {address}\r\n"));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    stream.write_all(head.as_bytes()).expect("send");
    stream.write_all(body).expect("send the body");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read");
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(bytes.len());
    let head = String::from_utf8_lossy(&bytes[..split]).to_ascii_lowercase();
    let mut body = bytes.get(split + 4..).unwrap_or_default().to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = unchunked(&body);
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    Reply { status, head, body }
}

/// A chunked body (RFC 9112, 7.1) as its content: the server chunks the larger answers.
fn unchunked(mut chunked: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = chunked
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size line");
        let size_text = String::from_utf8_lossy(&chunked[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .expect("a chunk size");
        if size == 0 {
            return body;
        }
        let start = line_end + 2;
        body.extend_from_slice(&chunked[start..start + size]);
        chunked = &chunked[start + size + 2..];
    }
}
