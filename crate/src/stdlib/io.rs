//! Package `io`: its interfaces, `EOF` and the helpers are the Go source's
//! (`go/io.go`, `go/io_vars.go`); this row-less package makes it importable.

use super::api::*;

pub static PACKAGE: Package = Package { path: "io", funcs: &[], consts: &[] };
