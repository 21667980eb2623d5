//! The password of a target: from the environment first (`VIGIE_PUBLISH_PASSWORD`, for CI
//! and schedulers), else from the system keyring (the Keychain on macOS, the Credential
//! Manager on Windows, the Secret Service of a Linux desktop), where `vigie publish --login
//! NAME` put it once. It is never written into the site, its cache or any output.
//!
//! Entries are named by the target's address as `site.toml` gives it (which holds no secret),
//! so two targets never share a password and a changed address asks for it again.

use std::sync::mpsc;
use std::time::Duration;

/// The keyring's name for Vigie's entries.
const SERVICE: &str = "vigie publish";
/// A keyring that does not answer (a locked collection waiting for a prompt nobody sees) is
/// given up on, never waited for.
const PATIENCE: Duration = Duration::from_secs(30);

/// The password for the target at `address`: the environment's, else the keyring's.
pub fn password(address: &str) -> Option<String> {
    if let Ok(password) = std::env::var("VIGIE_PUBLISH_PASSWORD") {
        return Some(password);
    }
    let address = address.to_string();
    patiently(move || {
        keyring::Entry::new(SERVICE, &address)
            .and_then(|entry| entry.get_password())
            .ok()
    })
    .flatten()
}

/// Keeps `password` in the system keyring for the target at `address`.
pub fn remember(address: &str, password: &str) -> Result<(), String> {
    let (address, password) = (address.to_string(), password.to_string());
    patiently(move || {
        keyring::Entry::new(SERVICE, &address)
            .and_then(|entry| entry.set_password(&password))
            .map_err(|e| e.to_string())
    })
    .unwrap_or_else(|| Err(format!("no answer in {} s", PATIENCE.as_secs())))
    .map_err(|why| {
        format!("the system keyring did not keep the password ({why}); set VIGIE_PUBLISH_PASSWORD when publishing instead")
    })
}

/// Runs `work` on its own thread, and gives up on it after `PATIENCE`.
fn patiently<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver.recv_timeout(PATIENCE).ok()
}
