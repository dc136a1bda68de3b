// The one system call Swift's Glibc module does not expose: renameat2 with RENAME_EXCHANGE
// (Linux 3.15, glibc 2.28), or renamex_np with RENAME_SWAP on macOS. Only RunbookKit's writer
// uses it, to put a staged folder in place of the old one in a single step.
#if defined(__linux__)
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include "CAtomicFolder.h"

int atomic_folder_exchange(const char *first, const char *second) {
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#elif defined(__APPLE__)
#include <stdio.h>
#include "CAtomicFolder.h"

int atomic_folder_exchange(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}
#else
#include <errno.h>
#include "CAtomicFolder.h"

int atomic_folder_exchange(const char *first, const char *second) {
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
}
#endif
