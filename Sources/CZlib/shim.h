#ifndef CLAIMCHECK_CZLIB_H
#define CLAIMCHECK_CZLIB_H
#include <zlib.h>

/* deflateInit2 is a macro over deflateInit2_ (it passes the library version and the stream size): Swift cannot
   call a macro, so this wrapper does. windowBits 15 + 16 asks for a gzip header and trailer. */
static inline int cc_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
#endif
