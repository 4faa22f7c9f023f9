//! Package `maps`: every function is generic, so all of it is Go source
//! (`go/maps.go`, the iterators `Keys`, `Values`, `All` included), instantiated
//! like the program's own generic functions. No rows.

use super::api::*;

pub static PACKAGE: Package = Package { path: "maps", funcs: &[], consts: &[] };
