//! Strings the evaluator makes (`runtime/string.go`): `rawstring` for new
//! string bytes, `concatstrings` for `a + b + ...`, and string headers.
//! Both tiers use these, so a string is made the same way whichever tier
//! runs the expression.
//!
//! Invariants: string bytes are immutable and noscan; a header is (pointer,
//! length) with a nil pointer for the empty string; a result that escape
//! analysis keeps in the frame (`buf`, gc's `tmpBuf`) goes in the frame's
//! 32-byte buffer when it fits, as in Go.

use super::{Machine, R};
use crate::ir::{FRAME_BUF, Why};
use crate::runtime::mbitmap::Layout;

impl Machine<'_> {
    /// Allocates a string's bytes (`rawstring`) and writes its header.
    pub fn new_string(&mut self, dst: u64, bytes: &[u8]) -> R<()> {
        let p = if bytes.is_empty() { 0 } else { self.malloc(bytes.len() as u64, Layout::NOSCAN)? };
        if !bytes.is_empty() {
            self.mem.write(p, bytes);
        }
        self.write_string(dst, p, bytes.len() as u64);
        Ok(())
    }

    /// Writes a string header (data, len) at `dst`.
    #[inline]
    pub(super) fn write_string(&mut self, dst: u64, p: u64, n: u64) {
        self.mem.store(dst, 8, p);
        self.mem.store(dst + 8, 8, n);
    }

    /// A string whose bytes go in the frame's buffer at `off` (gc's
    /// `tmpBuf` for a result that does not escape).
    pub(super) fn frame_string(&mut self, dst: u64, off: u32, bytes: &[u8]) {
        let a = self.fp + off as u64;
        self.mem.write(a, bytes);
        self.write_string(dst, a, bytes.len() as u64);
    }

    /// `concatstrings` of `n` operands, each (pointer, length) given by
    /// `operand` in order, into the header at `dst`.
    #[inline]
    pub(super) fn concat_operands(
        &mut self,
        n: usize,
        buf: Option<u32>,
        why: Why,
        dst: u64,
        mut operand: impl FnMut(&mut Self, usize) -> R<(u64, u64)>,
    ) -> R<()> {
        // The list is reused across concatenations; a nested one (in an
        // operand) takes a fresh list.
        let mut ops = std::mem::take(&mut self.concat_parts);
        ops.clear();
        let r = (0..n).try_for_each(|i| operand(self, i).map(|p| ops.push(p)));
        let r = r.and_then(|_| self.concatstrings(&ops, buf, why, dst));
        self.concat_parts = ops;
        r
    }

    /// `concatstrings` of the operands `parts`, each (pointer, length),
    /// into the header at `dst`: one non-empty operand is the result itself
    /// (unless its bytes are on the stack and the result may escape); a
    /// result that fits goes in the frame's buffer; else a new string.
    fn concatstrings(&mut self, parts: &[(u64, u64)], buf: Option<u32>, why: Why, dst: u64) -> R<()> {
        let mut nonempty = parts.iter().filter(|p| p.1 > 0);
        let (first, second) = (nonempty.next().copied(), nonempty.next());
        let total: u64 = parts.iter().map(|p| p.1).sum();
        match (first, second, buf) {
            (None, ..) => {
                self.write_string(dst, 0, 0);
                Ok(())
            }
            (Some(only), None, _) if buf.is_some() || !self.on_stack(only.0) => {
                self.write_string(dst, only.0, only.1);
                Ok(())
            }
            (_, _, Some(off)) if total <= FRAME_BUF => {
                // Gathered first: an operand may live in this very buffer.
                let mut bytes = std::mem::take(&mut self.concat_buf);
                bytes.clear();
                for &(p, n) in parts {
                    bytes.extend_from_slice(self.mem.bytes(p, n).unwrap_or(&[]));
                }
                self.frame_string(dst, off, &bytes);
                self.concat_buf = bytes;
                Ok(())
            }
            _ => {
                // A new object never overlaps an operand: copied in place.
                let p = self.with_why(why, |m| m.malloc(total, Layout::NOSCAN))?;
                let mut at = p;
                for &(q, n) in parts {
                    self.mem.copy(at, q, n);
                    at += n;
                }
                self.write_string(dst, p, total);
                Ok(())
            }
        }
    }

    /// Whether an address lies in the running goroutine's stack.
    pub(super) fn on_stack(&self, a: u64) -> bool {
        (self.stack.lo..self.stack.hi).contains(&a) || self.aux.segments.iter().any(|(s, _)| (s.lo..s.hi).contains(&a))
    }

    /// The bytes of a string header at `a`.
    pub fn string_at(&self, a: u64) -> Vec<u8> {
        let p = self.mem.load(a, 8).unwrap_or(0);
        let n = self.mem.load(a + 8, 8).unwrap_or(0);
        self.mem.bytes(p, n).map(|b| b.to_vec()).unwrap_or_default()
    }
}
