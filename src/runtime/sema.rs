//! Semaphores for sync (`runtime/sema.go`): goroutines blocked in
//! `semacquire` wait in a FIFO queue per semaphore address; Cond's
//! ticket-based notify lists (`notifyList`).
//!
//! Simplification: a release with waiters hands the count straight to the
//! longest waiter (Go's `handoff` case) instead of incrementing the count
//! and letting the woken goroutine race for it; the model has no
//! concurrent barging to race with, and the queue order is Go's.

use super::runtime2::GId;
use std::collections::{HashMap, VecDeque};

#[derive(Default)]
pub struct SemaTable {
    /// Waiters per semaphore address, oldest first.
    pub queues: HashMap<u64, VecDeque<GId>>,
    /// Cond waiters per notifyList address: (ticket, goroutine).
    pub notify: HashMap<u64, Vec<(u32, GId)>>,
}

impl SemaTable {
    pub fn enqueue(&mut self, addr: u64, g: GId) {
        self.queues.entry(addr).or_default().push_back(g);
    }

    pub fn dequeue(&mut self, addr: u64) -> Option<GId> {
        let q = self.queues.get_mut(&addr)?;
        let g = q.pop_front();
        if q.is_empty() {
            self.queues.remove(&addr);
        }
        g
    }

    /// The goroutine waiting on `ticket` of a notify list, removed.
    pub fn take_ticket(&mut self, list: u64, ticket: u32) -> Option<GId> {
        let ws = self.notify.get_mut(&list)?;
        let i = ws.iter().position(|&(t, _)| t == ticket)?;
        Some(ws.remove(i).1)
    }
}
