//! Package `bytes`: `Buffer` and the functions are the Go source's
//! (`go/bytes.go`); this row-less package makes it importable.

use super::api::*;

pub static PACKAGE: Package = Package { path: "bytes", funcs: &[], consts: &[] };
