// Compiled twice: linked with Baton::net it must build (the control); linked
// with Baton::protocol alone it must not, because <net/backoff.h> is not on
// the protocol layer's include path.
#include <net/backoff.h>

int main()
{
    baton::net::Backoff backoff;
    return backoff.ceiling().count() > 0 ? 0 : 1;
}
