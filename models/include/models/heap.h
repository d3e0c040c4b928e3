#pragma once

namespace baton::models {

// Hands the free pages of the C heap back to the system (glibc's malloc_trim;
// nothing elsewhere). Decoding a big list leaves most of its temporaries
// freed but scattered between the blocks that stay, and glibc only returns
// the top of the heap by itself: after a 100,000-chat load that is tens of
// megabytes the process keeps without using. Meant for the end of a bulk
// load, not for every change: a trim walks the whole heap (a few ms).
void returnFreeMemory();

} // namespace baton::models
