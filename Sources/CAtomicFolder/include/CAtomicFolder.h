#ifndef C_ATOMIC_FOLDER_H
#define C_ATOMIC_FOLDER_H

/// Exchanges two paths in one atomic step: each then names what the other named. Both must exist.
/// Returns 0, or -1 with errno set (ENOSYS or EINVAL where the system or file system cannot).
int atomic_folder_exchange(const char *first, const char *second);

#endif
