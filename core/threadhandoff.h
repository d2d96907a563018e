#pragma once

// Debian's Qt is not built with ThreadSanitizer, so TSan cannot see the synchronisation inside
// QThread::wait() or a queued signal (Qt's mutexes are futexes in uninstrumented code). Where our
// code hands data to or from a QThread, these say what Qt guarantees: everything before
// handOff(token) happens before everything after tookOver(token). They compile to nothing unless the
// build is instrumented with TSan (scripts/test --tsan).

#if defined(__SANITIZE_THREAD__)
#define PAMOJA_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PAMOJA_TSAN 1
#endif
#endif

#ifdef PAMOJA_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace pamoja::tsan {

// In the thread that finishes with the data (the end of a QThread's function, or before start()).
inline void handOff([[maybe_unused]] const void *token)
{
#ifdef PAMOJA_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

// In the thread that takes the data over (after QThread::wait(), or at the start of the function).
inline void tookOver([[maybe_unused]] const void *token)
{
#ifdef PAMOJA_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

} // namespace pamoja::tsan
