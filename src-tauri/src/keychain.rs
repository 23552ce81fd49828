//! The system keychain behind [`KeyStore`]: Keychain Services on macOS, the Credential Manager on
//! Windows, the Secret Service (gnome-keyring, KWallet …) over D-Bus on Linux and the BSDs.
//!
//! There is no fallback: where no platform store applies, or the one that applies cannot be
//! reached, [`KeyStore::check`] says so ([`KeyStoreError::Unavailable`]) and the journal's key has
//! to be kept some other way (a passphrase). A store that would keep the key in memory only is
//! refused ([`KeyStoreError::NotPersistent`]).
//!
//! Every call blocks until the keychain answers, which may include the system asking the person
//! to unlock it: call from a worker thread, never from the UI thread or an async executor's own
//! threads. Reaching the keychain (connecting to it) is bounded by [`CONNECT_TIMEOUT`].

use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use keyring_core::{CredentialPersistence, CredentialStore, Entry};
use resilience_core::encryption::{KeyStore, KeyStoreError};
use zeroize::Zeroizing;

/// The service name the app's secrets are kept under.
pub const SERVICE: &str = "app.resiliencejournal.desktop";

/// The account [`KeyStore::check`] writes its canary under (and deletes again).
pub const PROBE_ACCOUNT: &str = "keychain-check";

/// How long reaching the keychain may take before it counts as unavailable. Connecting asks
/// nothing of the person (an unlock prompt comes later, with the first read or write), so a
/// keychain that has not answered by then is not going to.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// The platform side: how a store is opened and whether it is known to keep secrets in memory.
trait Platform: Send + Sync + 'static {
    /// A new store instance (a new connection where the store has one).
    fn open(&self) -> Result<Arc<CredentialStore>, KeyStoreError>;

    /// Why the store keeps secrets in memory only, when that can be told without writing one.
    fn memory_only(&self) -> Result<Option<String>, KeyStoreError> {
        Ok(None)
    }
}

/// The store of the platform the app was built for.
struct Native;

impl Platform for Native {
    fn open(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
        native::open()
    }

    fn memory_only(&self) -> Result<Option<String>, KeyStoreError> {
        native::memory_only()
    }
}

/// The system keychain as a [`KeyStore`]. Creating one does not touch the keychain; the first call
/// connects, and the connection is kept for the calls after it (and made again after a failure).
pub struct SystemKeyStore {
    service: String,
    platform: Arc<dyn Platform>,
    connect_timeout: Duration,
    store: Mutex<Option<Arc<CredentialStore>>>,
}

impl std::fmt::Debug for SystemKeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let connected = self.store.lock().unwrap_or_else(PoisonError::into_inner).is_some();
        f.debug_struct("SystemKeyStore").field("service", &self.service).field("connected", &connected).finish()
    }
}

impl Default for SystemKeyStore {
    fn default() -> Self {
        Self::new()
    }
}

impl SystemKeyStore {
    /// The keychain under the app's service name, [`SERVICE`].
    pub fn new() -> Self {
        Self::with_service(SERVICE)
    }

    /// The keychain under another service name, so that tests never touch the app's own secrets.
    pub fn with_service(service: &str) -> Self {
        Self::with_platform(service, Arc::new(Native), CONNECT_TIMEOUT)
    }

    fn with_platform(service: &str, platform: Arc<dyn Platform>, connect_timeout: Duration) -> Self {
        Self { service: service.to_string(), platform, connect_timeout, store: Mutex::new(None) }
    }

    /// The service name secrets are kept under.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// A new store instance, opened on a thread of its own so that a keychain which never answers
    /// (a bus that accepts the connection and then says nothing) costs `connect_timeout`, not a
    /// hang. Such a thread is left behind, blocked, until the keychain answers or the app ends.
    fn open_fresh(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
        let platform = Arc::clone(&self.platform);
        bounded(self.connect_timeout, move || platform.open())
    }

    /// The kept store instance, or a new one.
    fn store(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
        if let Some(store) = &*self.store.lock().unwrap_or_else(PoisonError::into_inner) {
            return Ok(Arc::clone(store));
        }
        let store = self.open_fresh()?;
        *self.store.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&store));
        Ok(store)
    }

    /// Runs `op` on the kept store. After a failure other than a locked keychain the store is
    /// dropped, so that the next call connects again (the keychain may have been restarted).
    fn with_store<T>(
        &self,
        op: impl FnOnce(&Arc<CredentialStore>) -> Result<T, KeyStoreError>,
    ) -> Result<T, KeyStoreError> {
        let store = self.store()?;
        let result = op(&store);
        if matches!(result, Err(KeyStoreError::Unavailable(_) | KeyStoreError::Other(_))) {
            *self.store.lock().unwrap_or_else(PoisonError::into_inner) = None;
        }
        result
    }

    fn entry(&self, store: &Arc<CredentialStore>, account: &str) -> Result<Entry, KeyStoreError> {
        Entry::new_in_store(store, &self.service, account).map_err(map_error)
    }

    /// The canary round trip of [`KeyStore::check`]: written through `store`, read back through a
    /// new store instance, deleted.
    fn round_trip(&self, store: &Arc<CredentialStore>) -> Result<(), KeyStoreError> {
        let canary = Zeroizing::new(canary());
        let writer = self.entry(store, PROBE_ACCOUNT)?;
        writer.set_password(&canary).map_err(map_error)?;
        let reader = self.open_fresh().and_then(|fresh| self.entry(&fresh, PROBE_ACCOUNT));
        let outcome = match &reader {
            Ok(reader) => match reader.get_password() {
                Ok(read) => {
                    if Zeroizing::new(read).as_str() == canary.as_str() {
                        Ok(())
                    } else {
                        Err(KeyStoreError::NotPersistent(
                            "a secret it was given read back different through a new connection".into(),
                        ))
                    }
                }
                Err(keyring_core::Error::NoEntry) => Err(KeyStoreError::NotPersistent(
                    "a secret it was given was gone when read back through a new connection".into(),
                )),
                Err(err) => Err(map_error(err)),
            },
            Err(err) => Err(err.clone()),
        };
        // Deleted through the new instance when there is one, so that it is proven to delete too.
        let cleanup = forget(reader.as_ref().unwrap_or(&writer));
        if outcome.is_err() {
            // A store that lost it to the new instance may still hold it in the first one.
            let _ = forget(&writer);
        }
        outcome.and(cleanup)
    }
}

impl KeyStore for SystemKeyStore {
    /// Checks, in this order: a store exists for this platform and answers; it says it keeps
    /// secrets until they are deleted; (Secret Service) its default collection is not the
    /// memory-only `session` one; a random canary written through one store instance reads back
    /// through a new instance, and is deleted again.
    fn check(&self) -> Result<(), KeyStoreError> {
        self.with_store(|store| {
            if let Some(reason) = persistence_problem(&store.persistence()) {
                return Err(KeyStoreError::NotPersistent(reason.to_string()));
            }
            let platform = Arc::clone(&self.platform);
            if let Some(reason) = bounded(self.connect_timeout, move || platform.memory_only())? {
                return Err(KeyStoreError::NotPersistent(reason));
            }
            self.round_trip(store)
        })
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeyStoreError> {
        self.with_store(|store| match self.entry(store, account)?.get_password() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(err) => Err(map_error(err)),
        })
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), KeyStoreError> {
        self.with_store(|store| self.entry(store, account)?.set_password(secret).map_err(map_error))
    }

    fn delete(&self, account: &str) -> Result<(), KeyStoreError> {
        self.with_store(|store| forget(&self.entry(store, account)?))
    }
}

/// Deletes what `entry` keeps; nothing kept is fine.
fn forget(entry: &Entry) -> Result<(), KeyStoreError> {
    match entry.delete_credential() {
        Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
        Err(err) => Err(map_error(err)),
    }
}

/// Runs `op` on a thread of its own and gives up waiting after `timeout`.
fn bounded<T: Send + 'static>(
    timeout: Duration,
    op: impl FnOnce() -> Result<T, KeyStoreError> + Send + 'static,
) -> Result<T, KeyStoreError> {
    let (sender, receiver) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("keychain-connect".into())
        .spawn(move || {
            // Nobody listens any more after a timeout; that is fine.
            let _ = sender.send(op());
        })
        .map_err(|err| KeyStoreError::Other(format!("could not start a thread to reach it: {err}")))?;
    match receiver.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Err(KeyStoreError::Unavailable(format!("it did not answer within {} s", timeout.as_secs_f32())))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(KeyStoreError::Other("reaching it failed unexpectedly".into()))
        }
    }
}

/// Why a store's declared persistence is not good enough for a journal's key, if it is not.
fn persistence_problem(persistence: &CredentialPersistence) -> Option<&'static str> {
    match persistence {
        CredentialPersistence::UntilDelete => None,
        CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly => {
            Some("it keeps them in the app's memory")
        }
        CredentialPersistence::UntilLogout => Some("it keeps them in memory until logout"),
        CredentialPersistence::UntilReboot => Some("it keeps them in memory until the computer restarts"),
        _ => Some("it does not say how long it keeps them"),
    }
}

/// A value nobody else would write: 128 bits from the standard library's randomly keyed hasher
/// (seeded by the operating system), the time and the process.
fn canary() -> String {
    use std::hash::{BuildHasher, RandomState};
    let now = std::time::SystemTime::now();
    let a = RandomState::new().hash_one((std::process::id(), now));
    let b = RandomState::new().hash_one((a, now));
    format!("resilience-journal-keychain-check-{a:016x}{b:016x}")
}

/// The app's reading of a keychain error.
fn map_error(err: keyring_core::Error) -> KeyStoreError {
    use keyring_core::Error;
    match err {
        Error::NoStorageAccess(inner) => {
            native::classify(inner.as_ref()).unwrap_or_else(|| native::no_storage_access(inner.to_string()))
        }
        Error::PlatformFailure(inner) => {
            native::classify(inner.as_ref()).unwrap_or_else(|| KeyStoreError::Other(inner.to_string()))
        }
        Error::NoDefaultStore => KeyStoreError::Unavailable("no keychain store is set up".into()),
        Error::BadEncoding(_) => KeyStoreError::Other("what it keeps under this name is not text".into()),
        Error::Ambiguous(entries) => {
            KeyStoreError::Other(format!("{} entries match one name; remove the extra ones", entries.len()))
        }
        other => KeyStoreError::Other(other.to_string()),
    }
}

/// Linux and the BSDs: the Secret Service over D-Bus.
#[cfg(all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android"))))]
mod native {
    use std::sync::Arc;

    use keyring_core::CredentialStore;
    use resilience_core::encryption::KeyStoreError;
    use secret_service::blocking::SecretService;
    use secret_service::EncryptionType;

    pub(super) fn open() -> Result<Arc<CredentialStore>, KeyStoreError> {
        let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new().map_err(super::map_error)?;
        Ok(store)
    }

    /// gnome-keyring's `session` collection lives in the daemon's memory only. Items go to the
    /// collection the `default` alias names, so that must not be the session collection. Only the
    /// aliases are read: nothing is unlocked and nothing is prompted for.
    pub(super) fn memory_only() -> Result<Option<String>, KeyStoreError> {
        let ss = SecretService::connect(EncryptionType::Plain).map_err(classify_service)?;
        let default = match ss.get_default_collection() {
            Ok(collection) => collection.collection_path.to_string(),
            // No default collection yet: the round trip tells whether one can be had.
            Err(secret_service::Error::NoResult) => return Ok(None),
            Err(err) => return Err(classify_service(err)),
        };
        let session = ss.get_collection_by_alias("session").ok().map(|c| c.collection_path.to_string());
        Ok(is_session_collection(&default, session.as_deref())
            .then(|| format!("its default collection ({default}) is the in-memory session collection")))
    }

    pub(super) fn is_session_collection(default: &str, session: Option<&str>) -> bool {
        default.ends_with("/collection/session") || session == Some(default)
    }

    /// Access refused without a more precise reason: the zbus store reports a locked collection
    /// and a dismissed unlock prompt this way.
    pub(super) fn no_storage_access(_detail: String) -> KeyStoreError {
        KeyStoreError::Locked
    }

    pub(super) fn classify(inner: &(dyn std::error::Error + Send + Sync + 'static)) -> Option<KeyStoreError> {
        let err = inner.downcast_ref::<secret_service::Error>()?;
        Some(match err {
            secret_service::Error::Locked
            | secret_service::Error::Prompt
            | secret_service::Error::PromptDisconnected => KeyStoreError::Locked,
            secret_service::Error::Unavailable => KeyStoreError::Unavailable(err.to_string()),
            secret_service::Error::NoResult => {
                KeyStoreError::Unavailable("the Secret Service has no default collection to keep secrets in".into())
            }
            secret_service::Error::Zbus(zbus) => classify_zbus(zbus),
            secret_service::Error::ZbusFdo(fdo) => classify_name(zbus::DBusError::name(fdo).as_str(), err),
            _ => KeyStoreError::Other(err.to_string()),
        })
    }

    fn classify_service(err: secret_service::Error) -> KeyStoreError {
        classify(&err).unwrap_or_else(|| KeyStoreError::Other(err.to_string()))
    }

    fn classify_zbus(err: &zbus::Error) -> KeyStoreError {
        match err {
            // No bus address, no socket, refused, broken handshake: no session bus to talk to.
            zbus::Error::Address(_)
            | zbus::Error::InputOutput(_)
            | zbus::Error::Connection(..)
            | zbus::Error::Handshake(_)
            | zbus::Error::InterfaceNotFound => KeyStoreError::Unavailable(format!("no D-Bus session: {err}")),
            zbus::Error::MethodError(name, _, _) => classify_name(name.as_str(), err),
            zbus::Error::FDO(fdo) => classify_name(zbus::DBusError::name(fdo.as_ref()).as_str(), err),
            _ => KeyStoreError::Other(err.to_string()),
        }
    }

    /// A D-Bus error by its name: no Secret Service on the bus (none installed, none could be
    /// started) is "unavailable", a locked object is "locked".
    pub(super) fn classify_name(name: &str, err: &dyn std::fmt::Display) -> KeyStoreError {
        const NO_SERVICE: [&str; 7] = [
            "org.freedesktop.DBus.Error.ServiceUnknown",
            "org.freedesktop.DBus.Error.NameHasNoOwner",
            "org.freedesktop.DBus.Error.NoServer",
            "org.freedesktop.DBus.Error.NoReply",
            "org.freedesktop.DBus.Error.Disconnected",
            "org.freedesktop.DBus.Error.TimedOut",
            "org.freedesktop.DBus.Error.Timeout",
        ];
        if name == "org.freedesktop.Secret.Error.IsLocked" {
            KeyStoreError::Locked
        } else if NO_SERVICE.contains(&name) || name.starts_with("org.freedesktop.DBus.Error.Spawn") {
            KeyStoreError::Unavailable(format!("no Secret Service answers: {err}"))
        } else {
            KeyStoreError::Other(err.to_string())
        }
    }
}

/// macOS: Keychain Services (the login keychain).
#[cfg(target_os = "macos")]
mod native {
    use std::sync::Arc;

    use keyring_core::CredentialStore;
    use resilience_core::encryption::KeyStoreError;

    pub(super) fn open() -> Result<Arc<CredentialStore>, KeyStoreError> {
        let store: Arc<CredentialStore> =
            apple_native_keyring_store::keychain::Store::new().map_err(super::map_error)?;
        Ok(store)
    }

    pub(super) fn memory_only() -> Result<Option<String>, KeyStoreError> {
        Ok(None)
    }

    /// The store reports permission and read-only problems this way; a locked keychain comes as
    /// a platform failure (classified by its code below).
    pub(super) fn no_storage_access(detail: String) -> KeyStoreError {
        KeyStoreError::Other(detail)
    }

    pub(super) fn classify(inner: &(dyn std::error::Error + Send + Sync + 'static)) -> Option<KeyStoreError> {
        let err = inner.downcast_ref::<security_framework::base::Error>()?;
        match err.code() {
            // errSecInteractionNotAllowed (locked, no UI allowed), userCanceledErr,
            // errSecAuthFailed (wrong password at the unlock prompt).
            -25308 | -128 | -25293 => Some(KeyStoreError::Locked),
            // errSecNotAvailable, errSecNoSuchKeychain, errSecNoDefaultKeychain.
            -25291 | -25294 | -25307 => Some(KeyStoreError::Unavailable(err.to_string())),
            _ => None,
        }
    }
}

/// Windows: the Credential Manager.
#[cfg(windows)]
mod native {
    use std::sync::Arc;

    use keyring_core::CredentialStore;
    use resilience_core::encryption::KeyStoreError;

    pub(super) fn open() -> Result<Arc<CredentialStore>, KeyStoreError> {
        let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new().map_err(super::map_error)?;
        Ok(store)
    }

    pub(super) fn memory_only() -> Result<Option<String>, KeyStoreError> {
        Ok(None)
    }

    /// The store reports only ERROR_NO_SUCH_LOGON_SESSION this way: no credential manager for
    /// this session (a service account, a network logon).
    pub(super) fn no_storage_access(detail: String) -> KeyStoreError {
        KeyStoreError::Unavailable(detail)
    }

    pub(super) fn classify(_inner: &(dyn std::error::Error + Send + Sync + 'static)) -> Option<KeyStoreError> {
        None
    }
}

/// Anywhere else (iOS, Android, …): no system keychain, and no stand-in either.
#[cfg(not(any(
    all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android"))),
    target_os = "macos",
    windows
)))]
mod native {
    use std::sync::Arc;

    use keyring_core::CredentialStore;
    use resilience_core::encryption::KeyStoreError;

    pub(super) fn open() -> Result<Arc<CredentialStore>, KeyStoreError> {
        Err(KeyStoreError::Unavailable("the app knows no keychain on this system".into()))
    }

    pub(super) fn memory_only() -> Result<Option<String>, KeyStoreError> {
        Ok(None)
    }

    pub(super) fn no_storage_access(detail: String) -> KeyStoreError {
        KeyStoreError::Other(detail)
    }

    pub(super) fn classify(_inner: &(dyn std::error::Error + Send + Sync + 'static)) -> Option<KeyStoreError> {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    use keyring_core::api::{Credential, CredentialApi, CredentialStoreApi};

    use super::*;

    type Secrets = Arc<Mutex<HashMap<String, Vec<u8>>>>;
    type Failure = fn() -> keyring_core::Error;

    /// A store over a map: the map outlives the instance when the platform shares it.
    struct FakeStore {
        secrets: Secrets,
        persistence: fn() -> CredentialPersistence,
        failure: Option<Failure>,
    }

    struct FakeCred {
        secrets: Secrets,
        user: String,
        failure: Option<Failure>,
    }

    impl FakeCred {
        fn failing(&self) -> keyring_core::Result<()> {
            self.failure.map_or(Ok(()), |failure| Err(failure()))
        }
    }

    impl CredentialApi for FakeCred {
        fn set_secret(&self, secret: &[u8]) -> keyring_core::Result<()> {
            self.failing()?;
            self.secrets.lock().unwrap().insert(self.user.clone(), secret.to_vec());
            Ok(())
        }

        fn get_secret(&self) -> keyring_core::Result<Vec<u8>> {
            self.failing()?;
            self.secrets.lock().unwrap().get(&self.user).cloned().ok_or(keyring_core::Error::NoEntry)
        }

        fn delete_credential(&self) -> keyring_core::Result<()> {
            self.failing()?;
            self.secrets.lock().unwrap().remove(&self.user).map(drop).ok_or(keyring_core::Error::NoEntry)
        }

        fn get_credential(&self) -> keyring_core::Result<Option<Arc<Credential>>> {
            Ok(None)
        }

        fn get_specifiers(&self) -> Option<(String, String)> {
            None
        }

        fn as_any(&self) -> &dyn std::any::Any {
            self
        }

        fn debug_fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "FakeCred({})", self.user)
        }
    }

    impl CredentialStoreApi for FakeStore {
        fn vendor(&self) -> String {
            "fake".into()
        }

        fn id(&self) -> String {
            "fake".into()
        }

        fn build(
            &self,
            _service: &str,
            user: &str,
            _modifiers: Option<&HashMap<&str, &str>>,
        ) -> keyring_core::Result<Entry> {
            Ok(Entry::new_with_credential(Arc::new(FakeCred {
                secrets: Arc::clone(&self.secrets),
                user: user.to_string(),
                failure: self.failure,
            })))
        }

        fn as_any(&self) -> &dyn std::any::Any {
            self
        }

        fn persistence(&self) -> CredentialPersistence {
            (self.persistence)()
        }
    }

    /// How the fake platform behaves; every open counts.
    struct FakePlatform {
        /// Shared by every instance (a store that persists), or `None`: a new map per instance.
        shared: Option<Secrets>,
        persistence: fn() -> CredentialPersistence,
        memory_only: Option<String>,
        open_failure: Mutex<Option<KeyStoreError>>,
        op_failure: Mutex<Option<Failure>>,
        opens: AtomicUsize,
        /// The first instance's map, to see what a check left behind.
        first: Mutex<Option<Secrets>>,
    }

    impl FakePlatform {
        fn persistent() -> Self {
            Self {
                shared: Some(Secrets::default()),
                persistence: || CredentialPersistence::UntilDelete,
                memory_only: None,
                open_failure: Mutex::new(None),
                op_failure: Mutex::new(None),
                opens: AtomicUsize::new(0),
                first: Mutex::new(None),
            }
        }

        fn kept(&self) -> usize {
            self.first.lock().unwrap().as_ref().map_or(0, |secrets| secrets.lock().unwrap().len())
        }
    }

    impl Platform for FakePlatform {
        fn open(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
            self.opens.fetch_add(1, Ordering::SeqCst);
            if let Some(err) = self.open_failure.lock().unwrap().clone() {
                return Err(err);
            }
            let secrets = self.shared.clone().unwrap_or_default();
            self.first.lock().unwrap().get_or_insert_with(|| Arc::clone(&secrets));
            Ok(Arc::new(FakeStore {
                secrets,
                persistence: self.persistence,
                failure: *self.op_failure.lock().unwrap(),
            }))
        }

        fn memory_only(&self) -> Result<Option<String>, KeyStoreError> {
            Ok(self.memory_only.clone())
        }
    }

    fn fake_keychain(platform: &Arc<FakePlatform>) -> SystemKeyStore {
        let platform: Arc<dyn Platform> = Arc::clone(platform) as Arc<dyn Platform>;
        SystemKeyStore::with_platform("app.resiliencejournal.test", platform, Duration::from_secs(5))
    }

    fn text(secret: Option<Zeroizing<String>>) -> Option<String> {
        secret.map(|s| s.as_str().to_string())
    }

    #[test]
    fn a_store_that_keeps_secrets_passes_the_check_and_keeps_replaces_and_forgets() {
        let platform = Arc::new(FakePlatform::persistent());
        let keychain = fake_keychain(&platform);
        keychain.check().unwrap();
        assert_eq!(platform.opens.load(Ordering::SeqCst), 2, "the canary is read back through a second instance");
        assert_eq!(platform.kept(), 0, "the canary is deleted");

        assert_eq!(text(keychain.get("journal").unwrap()), None);
        keychain.set("journal", "one").unwrap();
        keychain.set("journal", "two").unwrap();
        assert_eq!(text(keychain.get("journal").unwrap()).as_deref(), Some("two"));
        keychain.delete("journal").unwrap();
        keychain.delete("journal").unwrap();
        assert_eq!(text(keychain.get("journal").unwrap()), None);
        assert_eq!(platform.opens.load(Ordering::SeqCst), 2, "the first instance is kept for later calls");
    }

    #[test]
    fn a_store_that_says_it_keeps_secrets_in_memory_is_refused_before_anything_is_written() {
        let memory: [fn() -> CredentialPersistence; 5] = [
            || CredentialPersistence::EntryOnly,
            || CredentialPersistence::ProcessOnly,
            || CredentialPersistence::UntilLogout,
            || CredentialPersistence::UntilReboot,
            || CredentialPersistence::Unspecified,
        ];
        for persistence in memory {
            let platform = Arc::new(FakePlatform { persistence, ..FakePlatform::persistent() });
            let err = fake_keychain(&platform).check().unwrap_err();
            assert!(matches!(err, KeyStoreError::NotPersistent(_)), "{err:?}");
            assert_eq!(platform.kept(), 0);
        }
    }

    #[test]
    fn keyring_cores_mock_store_is_refused() {
        struct Mock;
        impl Platform for Mock {
            fn open(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
                let store: Arc<CredentialStore> = keyring_core::mock::Store::new().map_err(map_error)?;
                Ok(store)
            }
        }
        let keychain = SystemKeyStore::with_platform("t", Arc::new(Mock), Duration::from_secs(5));
        let err = keychain.check().unwrap_err();
        assert!(matches!(&err, KeyStoreError::NotPersistent(why) if why.contains("memory")), "{err:?}");
    }

    #[test]
    fn a_store_that_loses_secrets_between_instances_is_refused_by_the_round_trip() {
        let platform = Arc::new(FakePlatform { shared: None, ..FakePlatform::persistent() });
        let err = fake_keychain(&platform).check().unwrap_err();
        assert!(matches!(&err, KeyStoreError::NotPersistent(why) if why.contains("gone")), "{err:?}");
        assert_eq!(platform.kept(), 0, "the canary is deleted from the first instance too");
    }

    #[test]
    fn a_memory_only_default_collection_is_refused() {
        let memory_only = Some("its default collection is the in-memory session collection".to_string());
        let platform = Arc::new(FakePlatform { memory_only, ..FakePlatform::persistent() });
        let err = fake_keychain(&platform).check().unwrap_err();
        assert!(matches!(&err, KeyStoreError::NotPersistent(why) if why.contains("session")), "{err:?}");
        assert_eq!(platform.kept(), 0);
    }

    #[test]
    fn a_store_that_cannot_be_opened_is_an_error_and_is_opened_again_on_the_next_call() {
        let platform = Arc::new(FakePlatform::persistent());
        *platform.open_failure.lock().unwrap() = Some(KeyStoreError::Unavailable("no bus".into()));
        let keychain = fake_keychain(&platform);
        assert_eq!(keychain.check().unwrap_err(), KeyStoreError::Unavailable("no bus".into()));
        assert_eq!(keychain.get("journal").unwrap_err(), KeyStoreError::Unavailable("no bus".into()));
        *platform.open_failure.lock().unwrap() = None;
        keychain.set("journal", "k").unwrap();
        assert_eq!(text(keychain.get("journal").unwrap()).as_deref(), Some("k"));
    }

    #[test]
    fn a_failed_call_drops_the_store_unless_the_keychain_is_only_locked() {
        let platform = Arc::new(FakePlatform::persistent());
        *platform.op_failure.lock().unwrap() =
            Some(|| keyring_core::Error::NoStorageAccess(Box::new(std::io::Error::other("locked"))));
        let keychain = fake_keychain(&platform);
        let locked = native::no_storage_access("locked".into());
        assert_eq!(keychain.get("journal").unwrap_err(), locked);
        assert_eq!(keychain.set("journal", "k").unwrap_err(), locked);
        let expected_opens = if locked == KeyStoreError::Locked { 1 } else { 2 };
        assert_eq!(platform.opens.load(Ordering::SeqCst), expected_opens);

        let platform = Arc::new(FakePlatform::persistent());
        *platform.op_failure.lock().unwrap() =
            Some(|| keyring_core::Error::PlatformFailure(Box::new(std::io::Error::other("broken"))));
        let keychain = fake_keychain(&platform);
        assert_eq!(keychain.get("journal").unwrap_err(), KeyStoreError::Other("broken".into()));
        *platform.op_failure.lock().unwrap() = None;
        keychain.set("journal", "k").unwrap();
        assert_eq!(platform.opens.load(Ordering::SeqCst), 2, "connected again after the failure");
    }

    #[test]
    fn a_keychain_that_never_answers_costs_the_timeout_not_a_hang() {
        struct Silent;
        impl Platform for Silent {
            fn open(&self) -> Result<Arc<CredentialStore>, KeyStoreError> {
                std::thread::sleep(Duration::from_secs(3600));
                Err(KeyStoreError::Other("woke up".into()))
            }
        }
        let keychain = SystemKeyStore::with_platform("t", Arc::new(Silent), Duration::from_millis(200));
        let started = Instant::now();
        let err = keychain.check().unwrap_err();
        assert!(matches!(&err, KeyStoreError::Unavailable(why) if why.contains("did not answer")), "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn the_canary_differs_every_time() {
        let (a, b) = (canary(), canary());
        assert_ne!(a, b);
        assert!(a.len() > 40);
    }

    #[test]
    fn keychain_errors_that_mean_the_same_everywhere() {
        use keyring_core::Error;
        assert!(matches!(map_error(Error::NoDefaultStore), KeyStoreError::Unavailable(_)));
        assert!(matches!(map_error(Error::BadEncoding(vec![0xff])), KeyStoreError::Other(_)));
        assert!(matches!(map_error(Error::Ambiguous(vec![])), KeyStoreError::Other(_)));
        assert!(matches!(map_error(Error::Invalid("user".into(), "empty".into())), KeyStoreError::Other(_)));
        assert!(matches!(map_error(Error::TooLong("user".into(), 9)), KeyStoreError::Other(_)));
        let unknown = map_error(Error::PlatformFailure(Box::new(std::io::Error::other("something"))));
        assert_eq!(unknown, KeyStoreError::Other("something".into()));
        // Whatever it becomes, it is said in words, never as a panic or a hang.
        let no_access = map_error(Error::NoStorageAccess(Box::new(std::io::Error::other("denied"))));
        assert_eq!(no_access, native::no_storage_access("denied".into()));
    }

    /// The Secret Service's errors, as the zbus store hands them on.
    #[cfg(all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android"))))]
    mod secret_service_errors {
        use std::io;

        use keyring_core::Error;
        use secret_service::Error as Ss;

        use super::super::*;

        fn no_access(err: Ss) -> KeyStoreError {
            map_error(Error::NoStorageAccess(Box::new(err)))
        }

        fn failure(err: Ss) -> KeyStoreError {
            map_error(Error::PlatformFailure(Box::new(err)))
        }

        #[test]
        fn locked_collections_and_dismissed_prompts_are_locked() {
            assert_eq!(no_access(Ss::Locked), KeyStoreError::Locked);
            assert_eq!(no_access(Ss::Prompt), KeyStoreError::Locked);
            assert_eq!(failure(Ss::PromptDisconnected), KeyStoreError::Locked);
            let is_locked = native::classify_name("org.freedesktop.Secret.Error.IsLocked", &"locked");
            assert_eq!(is_locked, KeyStoreError::Locked);
        }

        #[test]
        fn no_bus_no_service_and_no_default_collection_are_unavailable() {
            let unavailable = [
                failure(Ss::Unavailable),
                no_access(Ss::NoResult),
                failure(Ss::Zbus(zbus::Error::Address("no DBUS_SESSION_BUS_ADDRESS".into()))),
                failure(Ss::Zbus(zbus::Error::InputOutput(Arc::new(io::Error::from(
                    io::ErrorKind::ConnectionRefused,
                ))))),
                failure(Ss::Zbus(zbus::Error::Handshake("closed".into()))),
                failure(Ss::ZbusFdo(zbus::fdo::Error::ServiceUnknown("org.freedesktop.secrets".into()))),
                failure(Ss::ZbusFdo(zbus::fdo::Error::SpawnChildExited("gnome-keyring-daemon".into()))),
                failure(Ss::Zbus(zbus::Error::FDO(Box::new(zbus::fdo::Error::NameHasNoOwner("x".into()))))),
            ];
            for err in unavailable {
                assert!(matches!(err, KeyStoreError::Unavailable(_)), "{err:?}");
            }
        }

        #[test]
        fn everything_else_is_other_with_its_message() {
            assert!(
                matches!(failure(Ss::Crypto("bad padding")), KeyStoreError::Other(why) if why.contains("bad padding"))
            );
            let denied = failure(Ss::ZbusFdo(zbus::fdo::Error::AccessDenied("no".into())));
            assert!(matches!(denied, KeyStoreError::Other(_)), "{denied:?}");
            assert!(matches!(failure(Ss::Zbus(zbus::Error::InvalidReply)), KeyStoreError::Other(_)));
        }

        #[test]
        fn the_session_collection_is_told_by_its_path_or_alias() {
            let session = "/org/freedesktop/secrets/collection/session";
            let login = "/org/freedesktop/secrets/collection/login";
            assert!(native::is_session_collection(session, None));
            assert!(native::is_session_collection(session, Some(session)));
            assert!(native::is_session_collection(
                "/org/freedesktop/secrets/collection/x",
                Some("/org/freedesktop/secrets/collection/x")
            ));
            assert!(!native::is_session_collection(login, Some(session)));
            assert!(!native::is_session_collection(login, None));
        }
    }

    /// The real Secret Service store without a working session bus, in a child process (this test
    /// binary again) so that the environment can be changed: `check()` must answer "unavailable"
    /// in bounded time, never panic or hang.
    #[cfg(all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android"))))]
    mod without_a_bus {
        use std::io::Read;
        use std::os::unix::net::UnixListener;
        use std::process::{Command, Stdio};

        use super::super::*;
        use super::Instant;

        const CHILD: &str = "RJ_KEYCHAIN_TEST_CHILD";
        const CHILD_TIMEOUT_MS: &str = "RJ_KEYCHAIN_TEST_TIMEOUT_MS";
        const MARK: &str = "keychain check: ";

        /// Does nothing in a normal run; in the child, checks the real keychain and prints what
        /// came back.
        #[test]
        fn child_check() {
            if std::env::var_os(CHILD).is_none() {
                return;
            }
            let timeout = std::env::var(CHILD_TIMEOUT_MS).ok().and_then(|ms| ms.parse().ok()).unwrap_or(15_000);
            let keychain = SystemKeyStore::with_platform(
                "app.resiliencejournal.test",
                Arc::new(Native),
                Duration::from_millis(timeout),
            );
            println!("{MARK}{:?}", keychain.check());
        }

        /// Runs [`child_check`] with `env` and returns what it printed and how long it took.
        fn check_in_child(env: &[(&str, &str)], remove: &[&str]) -> (String, Duration) {
            let mut command = Command::new(std::env::current_exe().unwrap());
            command
                .args(["keychain::tests::without_a_bus::child_check", "--exact", "--nocapture", "--test-threads=1"])
                .env(CHILD, "1")
                .env(CHILD_TIMEOUT_MS, "1500")
                .stdout(Stdio::piped())
                .stderr(Stdio::null());
            for (name, value) in env {
                command.env(name, value);
            }
            for name in remove {
                command.env_remove(name);
            }
            let started = Instant::now();
            let mut child = command.spawn().unwrap();
            while child.try_wait().unwrap().is_none() {
                if started.elapsed() > Duration::from_secs(60) {
                    child.kill().unwrap();
                    child.wait().unwrap();
                    panic!("the keychain check hung without a session bus");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let elapsed = started.elapsed();
            let mut out = String::new();
            child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
            let line = out
                .lines()
                .find_map(|line| line.split_once(MARK).map(|(_, result)| result))
                .unwrap_or_else(|| panic!("{out}"));
            (line.to_string(), elapsed)
        }

        fn assert_unavailable((result, elapsed): (String, Duration)) {
            assert!(result.starts_with("Err(Unavailable("), "{result}");
            assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
        }

        #[test]
        fn no_bus_address_and_no_bus_socket_is_unavailable() {
            let runtime = tempfile::tempdir().unwrap();
            let runtime = runtime.path().to_str().unwrap();
            assert_unavailable(check_in_child(&[("XDG_RUNTIME_DIR", runtime)], &["DBUS_SESSION_BUS_ADDRESS"]));
        }

        #[test]
        fn a_bus_address_without_a_bus_is_unavailable() {
            let dir = tempfile::tempdir().unwrap();
            let missing = format!("unix:path={}", dir.path().join("missing").display());
            assert_unavailable(check_in_child(&[("DBUS_SESSION_BUS_ADDRESS", &missing)], &[]));

            let refused = dir.path().join("refused");
            drop(UnixListener::bind(&refused).unwrap());
            let refused = format!("unix:path={}", refused.display());
            assert_unavailable(check_in_child(&[("DBUS_SESSION_BUS_ADDRESS", &refused)], &[]));
        }

        #[test]
        fn a_bus_that_never_answers_is_unavailable_after_the_timeout() {
            let dir = tempfile::tempdir().unwrap();
            let socket = dir.path().join("silent");
            // Connections queue up and are never accepted: the handshake waits for ever.
            let _listener = UnixListener::bind(&socket).unwrap();
            let address = format!("unix:path={}", socket.display());
            let (result, elapsed) = check_in_child(&[("DBUS_SESSION_BUS_ADDRESS", &address)], &[]);
            assert!(result.contains("did not answer"), "{result}");
            assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
        }
    }
}
