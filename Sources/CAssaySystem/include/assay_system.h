#ifndef ASSAY_SYSTEM_H
#define ASSAY_SYSTEM_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE; macOS renamex_np with RENAME_SWAP): at every
/// instant each name is one of the two folders, never neither. Returns 0, or -1 with errno set (ENOSYS or EINVAL
/// where the system or file system cannot).
int assay_exchange_paths(const char *first, const char *second);

#endif
