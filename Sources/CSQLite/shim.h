#ifndef LOTSEN_CSQLITE_SHIM_H
#define LOTSEN_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro Swift cannot import: it tells SQLite to copy bound text/blobs.
static inline sqlite3_destructor_type lotsen_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
