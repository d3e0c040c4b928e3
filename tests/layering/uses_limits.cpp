// Positive control: a protocol header, linked with Baton::protocol only.
#include <protocol/limits.h>

using namespace Qt::StringLiterals;

int main()
{
    return baton::protocol::codePointCount(u"layering"_s) == 8 ? 0 : 1;
}
