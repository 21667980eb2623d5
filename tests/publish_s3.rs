//! `vigie publish` to S3-compatible storage, against moto's S3 server (`moto_server`, from
//! PyPI; `.ci/run` installs it) started by each test on 127.0.0.1. moto answers the S3 REST
//! API as AWS does (objects kept with their content type, listings paged, errors as AWS's XML
//! with their codes), which is what Vigie relies on. It does not check the signature of a
//! presigned request (its access control reads only the `Authorization` header), so a wrong
//! secret is tested as the storage's refusal is read, in `src/publish/s3.rs`, and here a
//! bucket that does not exist stands for a storage that refuses.

mod common;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{stderr, Site, MINIMAL_CONFIG};
use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

/// A moto S3 server with one bucket, `site`; stopped when dropped.
struct Storage {
    child: Child,
    port: u16,
    id: String,
    secret: String,
    /// The server's request log: what it was sent, counted on its side.
    log: tempfile::NamedTempFile,
}

impl Storage {
    fn start() -> Storage {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = tempfile::NamedTempFile::new().unwrap();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(log.reopen().unwrap())
            .spawn()
            .expect("moto_server (pip install 'moto[server]'; .ci/run installs it)");
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        ureq::put(&format!("http://127.0.0.1:{port}/site"))
            .send_empty()
            .expect("the bucket");
        Storage {
            child,
            port,
            id: "AKIAVIGIETEST".to_string(),
            secret: "vigie-test-secret-never-shown".to_string(),
            log,
        }
    }

    fn bucket(&self) -> Bucket {
        let endpoint = format!("http://127.0.0.1:{}", self.port).parse().unwrap();
        Bucket::new(endpoint, UrlStyle::Path, "site", "us-east-1").unwrap()
    }

    /// Every object under `prefix`, read back with the storage's own listing.
    fn objects(&self, prefix: &str) -> BTreeMap<String, (Vec<u8>, String)> {
        let bucket = self.bucket();
        let credentials = Credentials::new(&self.id, &self.secret);
        let mut list = bucket.list_objects_v2(Some(&credentials));
        list.with_prefix(prefix);
        let url = list.sign(Duration::from_secs(60));
        let xml = ureq::get(url.as_str())
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        let page = rusty_s3::actions::ListObjectsV2::parse_response(&xml).unwrap();
        assert!(page.next_continuation_token.is_none(), "one page expected");
        page.contents
            .into_iter()
            .map(|object| {
                let url = bucket
                    .get_object(Some(&credentials), &object.key)
                    .sign(Duration::from_secs(60));
                let mut answer = ureq::get(url.as_str()).call().unwrap();
                let content_type = answer
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string();
                let bytes = answer
                    .body_mut()
                    .with_config()
                    .limit(u64::MAX)
                    .read_to_vec()
                    .unwrap();
                let key = object.key.strip_prefix(prefix).unwrap().to_string();
                (key, (bytes, content_type))
            })
            .collect()
    }

    /// The objects the server was asked to store so far, from its request log.
    fn stored(&self) -> Vec<String> {
        let log = std::fs::read_to_string(self.log.path()).unwrap();
        log.lines()
            .filter_map(|line| line.split_once("\"PUT /site/")?.1.split(['?', ' ']).next())
            .map(|key| {
                percent_encoding::percent_decode_str(key)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect()
    }
}

impl Drop for Storage {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn site_for(storage: &Storage, bucket: &str) -> Site {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.storage]\nurl = \"s3://{bucket}/prevention\"\nendpoint = \"http://127.0.0.1:{}\"\nregion = \"us-east-1\"\n",
            storage.port
        ),
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    site
}

fn publish(site: &Site, id: &str, secret: &str) -> std::process::Output {
    common::vigie_command()
        .arg("--root")
        .arg(site.path())
        .args(["publish", "--now", common::NOW, "--yes"])
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env("VIGIE_S3_ACCESS_KEY_ID", id)
        .env("VIGIE_S3_SECRET_ACCESS_KEY", secret)
        .output()
        .unwrap()
}

/// Checks that the storage holds the build, byte for byte, each file with its type.
fn assert_holds_the_build(storage: &Storage, built: &Path) {
    let objects = storage.objects("prevention/");
    let mut site_files: Vec<String> = common::files(built)
        .into_iter()
        .map(|f| f.to_string_lossy().into_owned())
        .filter(|f| !f.starts_with(".vigie-"))
        .collect();
    // In the storage's order, by key ("slides.zip" before "slides/01.png").
    site_files.sort();
    let held: Vec<String> = objects
        .keys()
        .filter(|k| !k.starts_with(".vigie-"))
        .cloned()
        .collect();
    assert_eq!(held, site_files);
    for file in &site_files {
        let (bytes, content_type) = &objects[file];
        assert!(
            *bytes == std::fs::read(built.join(file)).unwrap(),
            "{file} differs"
        );
        if file.ends_with(".html") {
            assert_eq!(content_type, "text/html; charset=utf-8", "{file}");
        }
        if file.ends_with(".pdf") {
            assert_eq!(content_type, "application/pdf", "{file}");
        }
    }
}

#[test]
fn a_site_published_to_s3_is_the_build_and_then_only_what_changed() {
    let storage = Storage::start();
    let site = site_for(&storage, "site");
    let out = publish(&site, &storage.id, &storage.secret);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_holds_the_build(&storage, &site.build(&[]));
    let first = storage.stored().len();

    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé, même pour cinq minutes.\n",
    );
    let out = publish(&site, &storage.id, &storage.secret);
    assert!(out.status.success(), "{}", stderr(&out));
    let sent = storage.stored().split_off(first);
    assert!(
        sent.contains(&"prevention/fr/capsules/fermez/index.html".to_string()),
        "{sent:?}"
    );
    assert!(
        !sent
            .iter()
            .any(|k| k.starts_with("prevention/fr/capsules/velo/")
                || k.starts_with("prevention/assets/")),
        "{sent:?}"
    );
    assert!(
        sent.len() < first / 3,
        "{} of {first} sent again",
        sent.len()
    );
    assert_holds_the_build(&storage, &site.build(&[]));
}

#[test]
fn a_refusing_storage_stops_the_publish_before_anything_is_sent_and_no_secret_is_shown() {
    let storage = Storage::start();
    let site = site_for(&storage, "no-such-bucket");
    let out = publish(&site, &storage.id, &storage.secret);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("[publish.storage] s3://no-such-bucket/prevention/: the storage answered 404 NoSuchBucket (there is no such bucket at this endpoint)"),
        "{err}"
    );
    assert!(storage.stored().is_empty());
    let said = format!("{err}{}", String::from_utf8_lossy(&out.stdout));
    assert!(!said.contains(&storage.secret), "{said}");
    for file in common::files(site.path()) {
        let bytes = std::fs::read(site.path().join(&file)).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&storage.secret),
            "{} holds the secret",
            file.display()
        );
    }

    // Without keys, nothing is even asked of the storage.
    let out = common::vigie_command()
        .arg("--root")
        .arg(site.path())
        .args(["publish", "--now", common::NOW, "--yes"])
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("VIGIE_S3_ACCESS_KEY_ID")
        .env_remove("VIGIE_S3_SECRET_ACCESS_KEY")
        .output()
        .unwrap();
    assert!(
        stderr(&out)
            .contains("no access key: set VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY"),
        "{}",
        stderr(&out)
    );
}
