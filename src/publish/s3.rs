//! S3 targets (`s3://bucket/prefix`), for any S3-compatible storage: AWS, OVH, Scaleway,
//! MinIO. `endpoint` names the storage (AWS when absent) and `region` its region; the keys
//! come from `VIGIE_S3_ACCESS_KEY_ID` and `VIGIE_S3_SECRET_ACCESS_KEY`, else the usual
//! `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`. Requests are signed (SigV4) by rusty-s3
//! and sent by ureq; the secret itself never leaves this computer.
//!
//! An object appears whole or not at all, so no temporary name is needed; each file is sent
//! with its content type, since the storage serves it with the type it was given.

use std::path::Path;
use std::time::Duration;

use rusty_s3::actions::ListObjectsV2;
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

use super::target::{is_safe, Failure, Target};
use crate::config::PublishTarget;
use crate::error::Result;
use crate::messages::Message;

/// How long a signed request stays valid: enough for a slow upload of a large leaflet.
const SIGNED_FOR: Duration = Duration::from_secs(15 * 60);
const TIMEOUT: Duration = Duration::from_secs(120);

pub struct S3 {
    bucket: Bucket,
    credentials: Credentials,
    /// Where the site goes inside the bucket: empty, or a folder name ending in `/`.
    prefix: String,
    agent: ureq::Agent,
    described: String,
}

pub fn open(name: &str, url: &url::Url, target: &PublishTarget) -> Result<S3> {
    let bucket_name = url.host_str().unwrap_or_default().to_string();
    let prefix = match url.path().trim_matches('/') {
        "" => String::new(),
        path => format!("{path}/"),
    };
    let described = format!("s3://{bucket_name}/{prefix}");
    let fail = |problem: Message| super::failed(name, &described, problem);
    let region = target.region.clone().unwrap_or_else(|| "us-east-1".into());
    // AWS names a bucket in the host; the S3-compatible storages all take it in the path.
    let (endpoint, style) = match &target.endpoint {
        Some(endpoint) => (endpoint.clone(), UrlStyle::Path),
        None => (
            format!("https://s3.{region}.amazonaws.com"),
            UrlStyle::VirtualHost,
        ),
    };
    let endpoint = url::Url::parse(&endpoint).map_err(|e| {
        fail(
            Message::new("publish-s3-endpoint")
                .arg("endpoint", &endpoint)
                .arg("error", e),
        )
    })?;
    let bucket = Bucket::new(endpoint, style, bucket_name, region)
        .map_err(|e| fail(Message::new("publish-s3-bucket").arg("error", e)))?;
    let key = |names: [&str; 2]| names.iter().find_map(|n| std::env::var(n).ok());
    let (Some(id), Some(secret)) = (
        key(["VIGIE_S3_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID"]),
        key(["VIGIE_S3_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY"]),
    ) else {
        return Err(fail(Message::new("publish-s3-no-key")));
    };
    let tls = ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::NativeTls)
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build();
    let agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .tls_config(tls)
        .build()
        .into();
    let mut s3 = S3 {
        bucket,
        credentials: Credentials::new(id, secret),
        prefix,
        agent,
        described: described.clone(),
    };
    // A first request, so that a wrong key or bucket stops the publish before anything else.
    s3.read(super::manifest::FILE_NAME, super::target::MANIFEST_LIMIT)
        .map_err(|f| super::failed(name, &described, f.message))?;
    Ok(s3)
}

/// The `<Code>` of a storage's XML error, such as `NoSuchKey`.
fn error_code(body: &[u8]) -> String {
    let mut reader = quick_xml::Reader::from_reader(body);
    let mut in_code = false;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => in_code = e.name().as_ref() == "Code",
            Ok(quick_xml::events::Event::Text(t)) if in_code => return t.into_inner().into_owned(),
            Ok(quick_xml::events::Event::Eof) | Err(_) => return String::new(),
            _ => {}
        }
    }
}

/// The storage's own words: its HTTP status and the `<Code>` of its XML error.
fn refusal(status: u16, body: &[u8]) -> Failure {
    let code = error_code(body);
    let meaning = match (status, code.as_str()) {
        (_, "InvalidAccessKeyId" | "SignatureDoesNotMatch") | (403, _) => {
            " (the storage refused the access key: check VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY)"
        }
        (_, "NoSuchBucket") => " (there is no such bucket at this endpoint)",
        _ => "",
    };
    Failure {
        transient: matches!(status, 429 | 500 | 502 | 503 | 504),
        message: format!("the storage answered {status} {code}{meaning}"),
    }
}

fn lost(e: ureq::Error) -> Failure {
    Failure {
        transient: matches!(e, ureq::Error::Io(_) | ureq::Error::Timeout(_)),
        message: e.to_string(),
    }
}

impl S3 {
    fn key(&self, path: &str) -> std::result::Result<String, Failure> {
        if is_safe(path) {
            Ok(format!("{}{path}", self.prefix))
        } else {
            Err(Failure {
                message: format!("`{path}` is not a file inside the target"),
                transient: false,
            })
        }
    }
}

/// The largest answer to a write, a removal or a page of a listing (1,000 keys).
const ANSWER_LIMIT: u64 = 16 * 1024 * 1024;

/// The status and whole body of a storage's answer.
fn read_answer(
    answer: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    path: &str,
    limit: u64,
) -> std::result::Result<(u16, Vec<u8>), Failure> {
    let mut answer = answer.map_err(lost)?;
    let status = answer.status().as_u16();
    let mut reader = answer.body_mut().with_config().limit(u64::MAX).reader();
    let bytes = super::target::read_limited(&mut reader, path, limit)?;
    Ok((status, bytes))
}

impl Target for S3 {
    fn describe(&self) -> String {
        self.described.clone()
    }

    fn read(&mut self, path: &str, limit: u64) -> std::result::Result<Option<Vec<u8>>, Failure> {
        let key = self.key(path)?;
        let url = self
            .bucket
            .get_object(Some(&self.credentials), &key)
            .sign(SIGNED_FOR);
        match read_answer(self.agent.get(url.as_str()).call(), path, limit)? {
            (200, bytes) => Ok(Some(bytes)),
            // A missing file, not a missing bucket.
            (404, body) if error_code(&body) != "NoSuchBucket" => Ok(None),
            (status, body) => Err(refusal(status, &body)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let key = self.key(path)?;
        let content_type = crate::serve::content_type(Path::new(path));
        let mut action = self.bucket.put_object(Some(&self.credentials), &key);
        action.headers_mut().insert("content-type", content_type);
        let url = action.sign(SIGNED_FOR);
        let request = self
            .agent
            .put(url.as_str())
            .header("content-type", content_type);
        match read_answer(request.send(bytes), path, ANSWER_LIMIT)? {
            (200, _) => Ok(()),
            (status, body) => Err(refusal(status, &body)),
        }
    }

    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure> {
        let key = self.key(path)?;
        let url = self
            .bucket
            .delete_object(Some(&self.credentials), &key)
            .sign(SIGNED_FOR);
        match read_answer(self.agent.delete(url.as_str()).call(), path, ANSWER_LIMIT)? {
            (200 | 204 | 404, _) => Ok(()),
            (status, body) => Err(refusal(status, &body)),
        }
    }

    fn list(&mut self) -> std::result::Result<Vec<String>, Failure> {
        let mut files = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut action = self.bucket.list_objects_v2(Some(&self.credentials));
            if !self.prefix.is_empty() {
                action.with_prefix(self.prefix.as_str());
            }
            if let Some(token) = &token {
                action.with_continuation_token(token.as_str());
            }
            let url = action.sign(SIGNED_FOR);
            let body = match read_answer(
                self.agent.get(url.as_str()).call(),
                "(the list of files)",
                ANSWER_LIMIT,
            )? {
                (200, body) => body,
                (status, body) => return Err(refusal(status, &body)),
            };
            let page =
                ListObjectsV2::parse_response(&String::from_utf8_lossy(&body)).map_err(|e| {
                    Failure {
                        message: format!("the storage's list cannot be read: {e}"),
                        transient: false,
                    }
                })?;
            files.extend(
                page.contents
                    .into_iter()
                    .filter_map(|o| o.key.strip_prefix(&self.prefix).map(str::to_string)),
            );
            match page.next_continuation_token {
                Some(next) => token = Some(next),
                None => return Ok(files),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn a_storage_refusing_the_key_is_told_in_the_webmasters_words() {
        // The body AWS sends for a secret that does not match the access key.
        let body = br#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>"#;
        let failure = refusal(403, body);
        assert_eq!(
            failure.message,
            "the storage answered 403 SignatureDoesNotMatch (the storage refused the access key: check VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY)"
        );
        assert!(!failure.transient);
        let busy = refusal(503, b"<Error><Code>SlowDown</Code></Error>");
        assert!(busy.transient);
        assert_eq!(busy.message, "the storage answered 503 SlowDown");
    }
}
