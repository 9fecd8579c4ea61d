//! The address space of a Go program, as the runtime model lays it out.
//!
//! Three regions, at addresses like those of a Go/amd64 binary: read-only
//! data (string literals' bytes, type descriptors) from 0x4c0000; the data
//! segment (package-level variables, `zerobase`) from 0x5a0000; and the
//! heap (objects and goroutine stacks, both in spans) from 0xc000000000.
//! Every Go value lives at an address in one of them; loads and stores are
//! little-endian, as on amd64.
//! Invariant: an access outside every region returns None; the evaluator
//! turns that into Go's nil-dereference or fault error, never a host crash.

use super::mheap::{ARENA_BASE, MHeap};

pub const RODATA_BASE: u64 = 0x4c_0000;
pub const DATA_BASE: u64 = 0x5a_0000;

#[derive(Default)]
pub struct Memory {
    pub rodata: Vec<u8>,
    pub data: Vec<u8>,
    pub heap: MHeap,
}

impl Memory {
    pub fn new() -> Memory {
        // zerobase is the first word of the data segment.
        Memory { rodata: Vec::new(), data: vec![0; 8], heap: MHeap::new() }
    }

    /// Appends read-only bytes (a string literal), returning their address.
    pub fn add_rodata(&mut self, bytes: &[u8]) -> u64 {
        let addr = RODATA_BASE + self.rodata.len() as u64;
        self.rodata.extend_from_slice(bytes);
        addr
    }

    /// Reserves `size` bytes of the data segment aligned to `align`.
    pub fn add_data(&mut self, size: u64, align: u64) -> u64 {
        let off = (self.data.len() as u64).div_ceil(align.max(1)) * align.max(1);
        self.data.resize((off + size) as usize, 0);
        DATA_BASE + off
    }

    /// Appends read-only bytes at an aligned address.
    pub fn add_rodata_aligned(&mut self, bytes: &[u8], align: u64) -> u64 {
        let off = (self.rodata.len() as u64).div_ceil(align) * align;
        self.rodata.resize(off as usize, 0);
        self.rodata.extend_from_slice(bytes);
        RODATA_BASE + off
    }

    /// Writes bytes (ignored outside writable memory).
    pub fn write(&mut self, addr: u64, b: &[u8]) {
        if let Some(d) = self.bytes_mut(addr, b.len() as u64) {
            d.copy_from_slice(b);
        }
    }

    /// memmove within modelled memory.
    pub fn copy(&mut self, dst: u64, src: u64, n: u64) -> Option<()> {
        if dst >= ARENA_BASE && src >= ARENA_BASE {
            // The other path writes through `bytes_mut`, which has the
            // barrier already.
            if self.heap.gcw.marking {
                self.heap.write_barrier(dst, n, None, src);
            }
            let (d, s) = ((dst - ARENA_BASE) as usize, (src - ARENA_BASE) as usize);
            let len = self.heap.mem.len();
            if d.checked_add(n as usize)? > len || s.checked_add(n as usize)? > len {
                return None;
            }
            self.heap.mem.copy_within(s..s + n as usize, d);
            return Some(());
        }
        self.copy_plain(dst, src, n)
    }

    /// memmove as `bytes(src)` then `bytes_mut(dst)` would do it (the
    /// barrier shades only the words overwritten), without a temporary
    /// when the destination is in the heap.
    pub fn copy_plain(&mut self, dst: u64, src: u64, n: u64) -> Option<()> {
        if dst < ARENA_BASE {
            let tmp = self.bytes(src, n)?.to_vec();
            self.bytes_mut(dst, n)?.copy_from_slice(&tmp);
            return Some(());
        }
        let d = (dst - ARENA_BASE) as usize;
        if d.checked_add(n as usize)? > self.heap.mem.len() {
            return None;
        }
        if src >= ARENA_BASE {
            let s = (src - ARENA_BASE) as usize;
            if s.checked_add(n as usize)? > self.heap.mem.len() {
                return None;
            }
            if self.heap.gcw.marking {
                self.heap.write_barrier(dst, n, Some(0), 0);
            }
            self.heap.mem.copy_within(s..s + n as usize, d);
            return Some(());
        }
        let (region, base) = if src >= DATA_BASE { (&self.data, DATA_BASE) } else { (&self.rodata, RODATA_BASE) };
        let lo = src.checked_sub(base)? as usize;
        let from = region.get(lo..lo.checked_add(n as usize)?)?;
        if self.heap.gcw.marking {
            self.heap.write_barrier(dst, n, Some(0), 0);
        }
        self.heap.mem[d..d + n as usize].copy_from_slice(from);
        Some(())
    }

    pub fn fill(&mut self, addr: u64, n: u64, v: u8) -> Option<()> {
        if n == 0 {
            return Some(());
        }
        self.bytes_mut(addr, n)?.fill(v);
        Some(())
    }

    pub fn bytes(&self, addr: u64, len: u64) -> Option<&[u8]> {
        let (region, base) = if addr >= ARENA_BASE {
            return self.heap.bytes(addr, len);
        } else if addr >= DATA_BASE {
            (&self.data, DATA_BASE)
        } else {
            (&self.rodata, RODATA_BASE)
        };
        let lo = addr.checked_sub(base)? as usize;
        region.get(lo..lo.checked_add(len as usize)?)
    }

    /// Bytes about to be written: the write barrier shades what they held.
    pub fn bytes_mut(&mut self, addr: u64, len: u64) -> Option<&mut [u8]> {
        if addr >= ARENA_BASE {
            if self.heap.gcw.marking {
                self.heap.write_barrier(addr, len, Some(0), 0);
            }
            return self.heap.bytes_mut(addr, len);
        }
        if addr >= DATA_BASE {
            let lo = (addr - DATA_BASE) as usize;
            return self.data.get_mut(lo..lo.checked_add(len as usize)?);
        }
        // Read-only data cannot be written (Go faults).
        None
    }

    /// Fast path for heap (and stack) words: `size` of 1, 2, 4 or 8.
    #[inline(always)]
    pub fn heap_load(&self, addr: u64, size: u64) -> Option<u64> {
        let o = addr.checked_sub(ARENA_BASE)? as usize;
        let m = &self.heap.mem;
        Some(match size {
            8 => u64::from_le_bytes(m.get(o..o + 8)?.try_into().ok()?),
            4 => u32::from_le_bytes(m.get(o..o + 4)?.try_into().ok()?) as u64,
            1 => *m.get(o)? as u64,
            _ => u16::from_le_bytes(m.get(o..o + 2)?.try_into().ok()?) as u64,
        })
    }

    /// `heap_load` of a whole word.
    #[inline(always)]
    pub fn heap_load8(&self, addr: u64) -> Option<u64> {
        let o = addr.checked_sub(ARENA_BASE)? as usize;
        Some(u64::from_le_bytes(self.heap.mem.get(o..o.checked_add(8)?)?.try_into().ok()?))
    }

    #[inline(always)]
    pub fn heap_store(&mut self, addr: u64, size: u64, v: u64) -> Option<()> {
        if self.heap.gcw.marking && size == 8 {
            self.heap.write_barrier(addr, 8, Some(v), 0);
        }
        let o = addr.checked_sub(ARENA_BASE)? as usize;
        let m = &mut self.heap.mem;
        match size {
            8 => m.get_mut(o..o + 8)?.copy_from_slice(&v.to_le_bytes()),
            4 => m.get_mut(o..o + 4)?.copy_from_slice(&(v as u32).to_le_bytes()),
            1 => *m.get_mut(o)? = v as u8,
            _ => m.get_mut(o..o + 2)?.copy_from_slice(&(v as u16).to_le_bytes()),
        }
        Some(())
    }

    #[inline]
    pub fn load(&self, addr: u64, size: u64) -> Option<u64> {
        if addr >= ARENA_BASE && size == 8 {
            let o = (addr - ARENA_BASE) as usize;
            let b = self.heap.mem.get(o..o + 8)?;
            return Some(u64::from_le_bytes(b.try_into().unwrap()));
        }
        let b = self.bytes(addr, size)?;
        let mut w = [0u8; 8];
        w[..size as usize].copy_from_slice(b);
        Some(u64::from_le_bytes(w))
    }

    #[inline]
    pub fn store(&mut self, addr: u64, size: u64, v: u64) -> Option<()> {
        if self.heap.gcw.marking && size == 8 {
            self.heap.write_barrier(addr, 8, Some(v), 0);
        }
        if addr >= ARENA_BASE && size == 8 {
            let o = (addr - ARENA_BASE) as usize;
            self.heap.mem.get_mut(o..o + 8)?.copy_from_slice(&v.to_le_bytes());
            return Some(());
        }
        let b = self.bytes_mut(addr, size)?;
        b.copy_from_slice(&v.to_le_bytes()[..size as usize]);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::mcache::MCache;

    #[test]
    fn regions() {
        let mut m = Memory::new();
        let s = m.add_rodata(b"hello");
        assert_eq!(m.bytes(s, 5), Some(&b"hello"[..]));
        assert!(m.store(s, 1, 0).is_none(), "rodata is read-only");
        let g = m.add_data(8, 8);
        m.store(g, 8, 0xdead_beef).unwrap();
        assert_eq!(m.load(g, 8), Some(0xdead_beef));
        let mut c = MCache::default();
        let a = c.mallocgc(&mut m.heap, 16, crate::runtime::mbitmap::Layout::PTRS);
        m.store(a.addr + 8, 4, 7).unwrap();
        assert_eq!(m.load(a.addr + 8, 4), Some(7));
        assert_eq!(m.load(0, 8), None, "nil is outside every region");
    }
}
