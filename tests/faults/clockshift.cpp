// An LD_PRELOAD library that moves a process's wall clock by
// BATON_CLOCK_SHIFT_S seconds (CLOCK_REALTIME, gettimeofday, time), like
// faketime, which this machine does not have. The monotonic clocks are left
// alone, as on a machine whose clock is simply set wrong.
#include <cstdlib>
#include <dlfcn.h>
#include <sys/time.h>
#include <time.h>

namespace {

time_t shiftSeconds()
{
    static const time_t shift = [] {
        const char* value = std::getenv("BATON_CLOCK_SHIFT_S");
        return value ? static_cast<time_t>(std::strtoll(value, nullptr, 10)) : time_t{0};
    }();
    return shift;
}

template <typename F>
F next(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int clock_gettime(clockid_t id, struct timespec* ts) __THROW
{
    using Fn = int (*)(clockid_t, struct timespec*);
    static const Fn real = next<Fn>("clock_gettime");
    const int rc = real(id, ts);
    if (rc == 0 && (id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE))
        ts->tv_sec += shiftSeconds();
    return rc;
}

int gettimeofday(struct timeval* __restrict tv, void* __restrict tz) __THROW
{
    using Fn = int (*)(struct timeval*, void*);
    static const Fn real = next<Fn>("gettimeofday");
    const int rc = real(tv, tz);
    if (rc == 0)
        tv->tv_sec += shiftSeconds();
    return rc;
}

time_t time(time_t* out) __THROW
{
    struct timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    if (out)
        *out = ts.tv_sec;
    return ts.tv_sec;
}

} // extern "C"
