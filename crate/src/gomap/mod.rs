//! Go's map implementations, modelled for watching: the classic bucket map
//! (`classic`), `sync.Map` (`syncmap`), key hashing (`hash`), and snapshots
//! of their insides for the UI (`snapshot`).

pub mod classic;
pub mod hash;
pub mod snapshot;
pub mod swiss;
pub mod syncmap;
