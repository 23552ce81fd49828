use super::*;

fn label(sequence: u64) -> FileLabel<'static> {
    FileLabel { journal_id: "0190f5b2-7c1e-7000-8000-000000000001", peer_id: 7, sequence }
}

fn key(byte: u8) -> SyncKey {
    SyncKey::from_bytes([byte; KEY_LEN])
}

#[test]
fn a_sealed_file_opens_to_the_same_bytes() {
    let sealed = seal(&key(1), &label(3), b"an update");
    assert_eq!(&sealed[..6], b"RJSYNC");
    assert_eq!(sealed[6], FORMAT_VERSION);
    assert_eq!(sealed.len(), HEADER_LEN + b"an update".len() + TAG_LEN);
    assert_eq!(open(&key(1), &label(3), &sealed).unwrap(), b"an update");
    assert_eq!(open(&key(1), &label(3), &seal(&key(1), &label(3), b"")).unwrap(), b"");
}

#[test]
fn every_file_gets_its_own_nonce() {
    let a = seal(&key(1), &label(3), b"same");
    let b = seal(&key(1), &label(3), b"same");
    assert_ne!(a[7..HEADER_LEN], b[7..HEADER_LEN]);
    assert_ne!(a, b);
}

#[test]
fn a_wrong_key_or_another_label_does_not_open() {
    let sealed = seal(&key(1), &label(3), b"an update");
    assert_eq!(open(&key(2), &label(3), &sealed), Err(OpenError::Unreadable));
    assert_eq!(open(&key(1), &label(4), &sealed), Err(OpenError::Unreadable), "another sequence");
    let other_peer = FileLabel { peer_id: 8, ..label(3) };
    assert_eq!(open(&key(1), &other_peer, &sealed), Err(OpenError::Unreadable), "another peer");
    let other_journal = FileLabel { journal_id: "another journal", ..label(3) };
    assert_eq!(open(&key(1), &other_journal, &sealed), Err(OpenError::Unreadable), "another journal");
}

#[test]
fn a_changed_byte_anywhere_after_the_magic_is_refused() {
    let sealed = seal(&key(1), &label(3), b"an update");
    for at in 0..sealed.len() {
        let mut changed = sealed.clone();
        changed[at] ^= 0x01;
        let err = open(&key(1), &label(3), &changed).unwrap_err();
        match at {
            0..6 => assert_eq!(err, OpenError::NotASyncFile, "byte {at}"),
            6 => assert!(matches!(err, OpenError::NotASyncFile | OpenError::Unreadable), "byte {at}: {err:?}"),
            _ => assert_eq!(err, OpenError::Unreadable, "byte {at}"),
        }
    }
}

#[test]
fn every_truncation_is_refused() {
    let sealed = seal(&key(1), &label(3), b"an update");
    for len in 0..sealed.len() {
        let err = open(&key(1), &label(3), &sealed[..len]).unwrap_err();
        assert!(matches!(err, OpenError::Truncated | OpenError::Unreadable), "{len}: {err:?}");
        if len < HEADER_LEN + TAG_LEN {
            assert_eq!(err, OpenError::Truncated, "{len}");
        }
    }
}

#[test]
fn garbage_and_newer_formats_are_named() {
    assert_eq!(open(&key(1), &label(3), b"PK\x03\x04 a zip file, not ours"), Err(OpenError::NotASyncFile));
    let mut newer = seal(&key(1), &label(3), b"an update");
    newer[6] = FORMAT_VERSION + 1;
    assert_eq!(open(&key(1), &label(3), &newer), Err(OpenError::NewerFormat { found: 2, supported: 1 }));
    let mut zero = seal(&key(1), &label(3), b"an update");
    zero[6] = 0;
    assert_eq!(open(&key(1), &label(3), &zero), Err(OpenError::NotASyncFile));
}

#[test]
fn keys_are_random_and_not_printed() {
    assert_ne!(SyncKey::generate().bytes(), SyncKey::generate().bytes());
    assert_eq!(format!("{:?}", key(9)), "SyncKey(…)");
}
