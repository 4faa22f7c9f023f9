//! Keys and their hash. A key is reduced to canonical bytes ([`KeyRepr`]);
//! equal keys have equal bytes (+0.0 and -0.0 included), and NaN is never
//! equal to anything, itself included, as in Go.
//!
//! Go hashes with AES and a per-process random seed; that cannot be
//! reproduced, so maprace uses a seeded 64-bit mix (the map's `hash0` is the
//! seed). Bucket placement therefore differs from a real Go process — as it
//! does between any two Go processes.

use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyRepr {
    pub bytes: Rc<[u8]>,
    /// Contains a NaN: never equal, and hashed randomly by Go.
    pub nan: bool,
}

impl KeyRepr {
    pub fn equal(&self, o: &KeyRepr) -> bool {
        !self.nan && !o.nan && self.bytes == o.bytes
    }
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The seeded hash of a key.
pub fn hash_key(k: &KeyRepr, seed: u64) -> u64 {
    let mut h = mix(seed ^ (k.bytes.len() as u64).wrapping_mul(K));
    for chunk in k.bytes.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = mix(h ^ u64::from_le_bytes(w)).wrapping_add(K);
    }
    if k.nan {
        // A NaN key hashes differently each time in Go; here, by its identity bytes.
        h ^= 0xdead_beef;
    }
    mix(h)
}
