// CMemoryHints: cache hints that Swift has no spelling for.
//
// `__builtin_prefetch` is a hint: it never faults and never changes a result, and on targets without a
// prefetch instruction it compiles to nothing.
#ifndef SITREP_CMEMORYHINTS_H
#define SITREP_CMEMORYHINTS_H

/// Asks for the cache line at `address` to be loaded for writing, ahead of its use.
static inline void sitrep_prefetch_for_write(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
