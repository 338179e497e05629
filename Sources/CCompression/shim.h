// libdeflate (Debian libdeflate-dev) compresses ZIP entries held in memory;
// zlib (zlib1g-dev) streams the rare entry too large to hold.
#include <libdeflate.h>
#include <zlib.h>
