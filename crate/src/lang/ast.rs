//! The syntax tree: plain data, positions as byte offsets.
//!
//! As in go/ast, type expressions are expressions (`[]int{1}`, `int64(x)`,
//! `*T`), and the checker decides which role each one plays.

use super::diag::Pos;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct Ident {
    pub name: String,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Char(char),
    /// A string literal's bytes.
    Str(Vec<u8>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Unary(&'static str, Box<Expr>),
    Call { func: Box<Expr>, args: Vec<Expr>, ellipsis: bool },
    Index(Box<Expr>, Vec<Expr>),
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>> },
    Selector(Box<Expr>, Ident),
    /// `x.(T)`; `None` for `x.(type)` in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Composite { ty: Option<Box<Expr>>, elts: Vec<Element>, lbrace: Pos },
    FuncLit(Rc<FuncLit>),
    Paren(Box<Expr>),
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    ArrayType(Option<Box<Expr>>, Box<Expr>), // None length = `[...]T`
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(Rc<FuncSig>),
    StructType(Vec<FieldDecl>),
    InterfaceType(Vec<MethodSpec>),
    Ellipsis(Box<Expr>),
    /// A constraint's union of terms, `~int | string` (a term with `~`
    /// stands for every type whose underlying type is its type).
    Union(Vec<UnionTerm>),
}

#[derive(Debug, Clone)]
pub struct UnionTerm {
    pub tilde: bool,
    pub ty: Expr,
}

/// One group of a type parameter list: `K comparable` or `K, V any`.
#[derive(Debug, Clone)]
pub struct TypeParam {
    pub names: Vec<Ident>,
    pub constraint: Expr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Debug, Clone)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Debug, Clone)]
pub struct FieldDecl {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub embedded: bool,
}

#[derive(Debug, Clone)]
pub struct MethodSpec {
    pub name: Ident,
    pub sig: Option<Rc<FuncSig>>, // None for an embedded interface
    pub embedded: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
}

#[derive(Debug, Clone)]
pub struct FuncSig {
    pub pos: Pos,
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub type_params: bool,
    /// `[K comparable, V any]` of a generic function (empty otherwise).
    pub tparams: Vec<TypeParam>,
}

#[derive(Debug, Clone)]
pub struct FuncLit {
    pub sig: Rc<FuncSig>,
    pub body: Block,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub lbrace: Pos,
    pub rbrace: Pos,
}

#[derive(Debug, Clone)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub iota: i64,
}

#[derive(Debug, Clone)]
pub struct TypeSpec {
    pub name: Ident,
    pub ty: Expr,
    pub alias: bool,
    pub type_params: bool,
    /// `[K comparable, V any]` of a generic type (empty otherwise).
    pub tparams: Vec<TypeParam>,
}

#[derive(Debug, Clone)]
pub enum AssignOp {
    Define,
    Assign,
    Op(&'static str),
}

#[derive(Debug, Clone)]
pub struct CaseClause {
    pub pos: Pos,
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct CommClause {
    pub pos: Pos,
    /// None for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Assign { lhs: Vec<Expr>, op: AssignOp, rhs: Vec<Expr> },
    IncDec(Expr, bool),
    Send(Expr, Expr),
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    Switch { init: Option<Box<Stmt>>, tag: Option<Expr>, clauses: Vec<CaseClause>, rbrace: Pos },
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Ident>, x: Expr, clauses: Vec<CaseClause>, rbrace: Pos },
    Select(Vec<CommClause>),
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, x: Expr, body: Block },
    Labeled(Ident, Box<Stmt>),
}

#[derive(Debug, Clone)]
pub struct FuncDecl {
    pub name: Ident,
    pub recv: Option<Param>,
    pub sig: Rc<FuncSig>,
    pub body: Option<Block>,
}

#[derive(Debug, Clone)]
pub struct Import {
    pub path: String,
    pub alias: Option<Ident>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub enum Decl {
    Func(Rc<FuncDecl>),
    Var(Vec<VarSpec>, Pos),
    Const(Vec<ConstSpec>, Pos),
    Type(Vec<TypeSpec>, Pos),
}

#[derive(Debug, Clone)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}
